namespace Agora.Llm.Client;

/// <summary>Thread-safe counters of what a run asked of the model; stored with the run and shown by <c>agora show</c>.</summary>
public sealed class LlmUsage
{
    private long _requests;
    private long _cacheHits;
    private long _retries;
    private long _promptTokens;
    private long _completionTokens;
    private long _invalidReplies;
    private long _fallbacks;

    /// <summary>Requests sent to the endpoint (attempts, including retries).</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Replies served from the cache.</summary>
    public long CacheHits => Interlocked.Read(ref _cacheHits);

    /// <summary>Transport retries (429, 5xx, timeouts, dropped connections).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Prompt tokens reported by the endpoint.</summary>
    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    /// <summary>Completion tokens reported by the endpoint.</summary>
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);

    /// <summary>Replies that named no valid answer and were asked again.</summary>
    public long InvalidReplies => Interlocked.Read(ref _invalidReplies);

    /// <summary>Decisions that fell back to the declared default after every re-ask failed.</summary>
    public long Fallbacks => Interlocked.Read(ref _fallbacks);

    internal void AddRequest() => Interlocked.Increment(ref _requests);

    internal void AddCacheHit() => Interlocked.Increment(ref _cacheHits);

    internal void AddRetry() => Interlocked.Increment(ref _retries);

    internal void AddTokens(long prompt, long completion)
    {
        Interlocked.Add(ref _promptTokens, prompt);
        Interlocked.Add(ref _completionTokens, completion);
    }

    /// <summary>Counts a reply that named no valid answer.</summary>
    public void AddInvalidReply() => Interlocked.Increment(ref _invalidReplies);

    /// <summary>Counts a decision that fell back to its default.</summary>
    public void AddFallback() => Interlocked.Increment(ref _fallbacks);

    /// <summary>The counters as metric summary pairs under <c>llm/…</c>.</summary>
    /// <returns>The pairs.</returns>
    public IReadOnlyList<KeyValuePair<string, double>> ToSummary() =>
    [
        new("llm/requests", Requests),
        new("llm/cache-hits", CacheHits),
        new("llm/retries", Retries),
        new("llm/prompt-tokens", PromptTokens),
        new("llm/completion-tokens", CompletionTokens),
        new("llm/invalid-replies", InvalidReplies),
        new("llm/fallbacks", Fallbacks),
    ];
}
