namespace Agora.Llm.Client;

/// <summary>A request failed for good: retries exhausted, or a non-retryable error (bad key, unknown model).</summary>
public sealed class LlmException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line describing the failure (never containing the API key).</param>
    /// <param name="inner">The last underlying error.</param>
    public LlmException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>A single attempt failed at the transport: what the status was and whether to try again.</summary>
public sealed class LlmTransportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="status">The HTTP status, or null for a timeout or dropped connection.</param>
    /// <param name="retryAfter">The server's Retry-After, if it sent one.</param>
    /// <param name="inner">The underlying error.</param>
    public LlmTransportException(string message, int? status, TimeSpan? retryAfter, Exception? inner = null)
        : base(message, inner)
    {
        Status = status;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status, or null for a timeout or dropped connection.</summary>
    public int? Status { get; }

    /// <summary>The server's Retry-After, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether another attempt may succeed: timeouts, dropped connections, 408, 429 and 5xx.</summary>
    public bool IsTransient => Status is null or 408 or 429 or >= 500;
}
