using Agora.Core.Randomness;

namespace Agora.Llm.Client;

/// <summary>
/// Retries transient failures with exponential backoff and jitter, never sooner than the server's <c>Retry-After</c>,
/// and caps the number of requests in flight.
/// </summary>
/// <remarks>
/// The delay before retry k (k = 1, 2, …) is <c>max(Retry-After, BaseDelay · 2^(k−1) · u)</c> with u uniform in
/// [0.5, 1.5): "equal jitter" spreads clients that failed together. Jitter affects only timing, never results.
/// </remarks>
public sealed class ResilientLlmClient : ILlmClient, IDisposable
{
    private readonly ILlmTransport _transport;
    private readonly LlmUsage _usage;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly Lock _jitterGate = new();
    private AgoraRandom _jitter = new(0x6A17_7E12);

    /// <summary>Creates the client.</summary>
    /// <param name="transport">Sends one attempt.</param>
    /// <param name="options">Retry, timeout and concurrency settings.</param>
    /// <param name="usage">Counters to update.</param>
    /// <param name="time">The clock for delays.</param>
    public ResilientLlmClient(ILlmTransport transport, LlmOptions options, LlmUsage usage, TimeProvider time)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        Options = options ?? throw new ArgumentNullException(nameof(options));
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    /// <inheritdoc />
    public LlmOptions Options { get; }

    /// <inheritdoc />
    public async Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        LlmTransportException? last = null;
        for (int attempt = 0; attempt <= Options.MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                _usage.AddRetry();
                await Task.Delay(Delay(attempt, last!.RetryAfter), _time, cancellationToken).ConfigureAwait(false);
            }

            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _usage.AddRequest();
                LlmReply reply = await _transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
                _usage.AddTokens(reply.PromptTokens, reply.CompletionTokens);
                return reply;
            }
            catch (LlmTransportException e) when (e.IsTransient)
            {
                last = e;
            }
            catch (LlmTransportException e)
            {
                throw new LlmException($"LLM request failed and will not be retried: {e.Message}.", e);
            }
            finally
            {
                _slots.Release();
            }
        }

        throw new LlmException($"LLM request failed after {Options.MaxRetries + 1} attempts: {last!.Message}.", last);
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private TimeSpan Delay(int attempt, TimeSpan? retryAfter)
    {
        double u;
        lock (_jitterGate)
        {
            u = 0.5 + _jitter.NextDouble();
        }

        var backoff = TimeSpan.FromTicks((long)(Options.BaseDelay.Ticks * Math.Pow(2, attempt - 1) * u));
        return retryAfter is TimeSpan wait && wait > backoff ? wait : backoff;
    }
}
