namespace Agora.Llm;

/// <summary>
/// Where and how to ask an OpenAI-compatible endpoint. The API key is deliberately not here: it is read from
/// <c>AGORA_LLM_API_KEY</c> at the moment a client is built, and never stored, printed or logged.
/// </summary>
public sealed record LlmOptions
{
    private readonly Uri _endpoint = new("http://127.0.0.1:11434/v1/");
    private readonly string _model = "llama3.2";
    private readonly double _temperature;
    private readonly int _maxTokens = 1;
    private readonly TimeSpan _timeout = TimeSpan.FromSeconds(30);
    private readonly int _maxConcurrency = 4;
    private readonly int _maxRetries = 5;

    /// <summary>The base URL of the chat-completions API. Default: <c>http://127.0.0.1:11434/v1/</c> (a local Ollama).</summary>
    public Uri Endpoint
    {
        get => _endpoint;
        init => _endpoint = value is { IsAbsoluteUri: true } && (value.Scheme == Uri.UriSchemeHttp || value.Scheme == Uri.UriSchemeHttps)
            ? value
            : throw new ArgumentException($"endpoint must be an absolute http(s) URL; got '{value}'.", nameof(Endpoint));
    }

    /// <summary>The model name sent with every request. Default: <c>llama3.2</c>.</summary>
    public string Model
    {
        get => _model;
        init => _model = !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException("model must not be empty.", nameof(Model));
    }

    /// <summary>Sampling temperature in [0, 2]. Default: 0, as in Akata et al.</summary>
    public double Temperature
    {
        get => _temperature;
        init => _temperature = value is >= 0 and <= 2 ? value : throw new ArgumentOutOfRangeException(nameof(Temperature), value, "temperature must lie in [0, 2].");
    }

    /// <summary>The most tokens a reply may have. Default: 1, Akata et al.'s one-token answer.</summary>
    public int MaxTokens
    {
        get => _maxTokens;
        init => _maxTokens = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTokens), value, "max tokens must be positive.");
    }

    /// <summary>How long one request may take before it is abandoned and retried. Default: 30 s.</summary>
    public TimeSpan Timeout
    {
        get => _timeout;
        init => _timeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(Timeout), value, "timeout must be positive.");
    }

    /// <summary>Requests in flight at once. Default: 4.</summary>
    public int MaxConcurrency
    {
        get => _maxConcurrency;
        init => _maxConcurrency = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), value, "max concurrency must be positive.");
    }

    /// <summary>Retries after a 429, a 5xx, a timeout or a dropped connection. Default: 5.</summary>
    public int MaxRetries
    {
        get => _maxRetries;
        init => _maxRetries = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRetries), value, "max retries must not be negative.");
    }

    /// <summary>The first backoff delay; it doubles with every retry, with jitter. Default: 0.5 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(0.5);

    /// <summary>Whether replies are cached (keyed by endpoint, model, sampling, prompt and sample key). Default: true.</summary>
    public bool Cache { get; init; } = true;
}
