using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Agora.Llm.Client;

/// <summary>Stores replies so that a rerun reproduces exactly and costs nothing.</summary>
/// <threadsafety>Implementations are safe to call concurrently.</threadsafety>
public interface ILlmResponseCache
{
    /// <summary>Looks a reply up.</summary>
    /// <param name="key">The key from <see cref="LlmCacheKey.Compute"/>.</param>
    /// <param name="reply">The cached reply, when found.</param>
    /// <returns>Whether it was found.</returns>
    bool TryGet(string key, out LlmReply reply);

    /// <summary>Stores a reply.</summary>
    /// <param name="key">The key.</param>
    /// <param name="reply">The reply.</param>
    void Put(string key, LlmReply reply);
}

/// <summary>The cache key: everything that determines a reply's distribution, plus the sample key.</summary>
public static class LlmCacheKey
{
    /// <summary>SHA-256 over endpoint, model, temperature, token limit, system prompt, prompt and sample key.</summary>
    /// <param name="options">The client options.</param>
    /// <param name="request">The request.</param>
    /// <returns>A hex key.</returns>
    /// <remarks>The sample key keeps repeated prompts at temperature &gt; 0 independent samples while a rerun hits the cache.</remarks>
    public static string Compute(LlmOptions options, LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(request);
        string material = string.Join(
            "\u001f",
            options.Endpoint.AbsoluteUri,
            options.Model,
            options.Temperature.ToString("R", CultureInfo.InvariantCulture),
            (request.MaxTokens ?? options.MaxTokens).ToString(CultureInfo.InvariantCulture),
            request.SystemPrompt ?? string.Empty,
            request.Prompt,
            request.SampleKey);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}

/// <summary>An in-process cache (tests, one-off runs); the CLI uses a SQLite table in the run store.</summary>
public sealed class InMemoryLlmResponseCache : ILlmResponseCache
{
    private readonly ConcurrentDictionary<string, LlmReply> _replies = new(StringComparer.Ordinal);

    /// <summary>The number of cached replies.</summary>
    public int Count => _replies.Count;

    /// <inheritdoc />
    public bool TryGet(string key, out LlmReply reply) => _replies.TryGetValue(key, out reply!);

    /// <inheritdoc />
    public void Put(string key, LlmReply reply) => _replies[key] = reply;
}

/// <summary>Serves replies from a cache when it can and stores new ones.</summary>
public sealed class CachingLlmClient : ILlmClient
{
    private readonly ILlmClient _inner;
    private readonly ILlmResponseCache _cache;
    private readonly LlmUsage _usage;

    /// <summary>Creates the decorator.</summary>
    /// <param name="inner">The client that reaches the endpoint.</param>
    /// <param name="cache">The cache.</param>
    /// <param name="usage">Counters (cache hits).</param>
    public CachingLlmClient(ILlmClient inner, ILlmResponseCache cache, LlmUsage usage)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
    }

    /// <inheritdoc />
    public LlmOptions Options => _inner.Options;

    /// <inheritdoc />
    public async Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default)
    {
        string key = LlmCacheKey.Compute(Options, request);
        if (_cache.TryGet(key, out var cached))
        {
            _usage.AddCacheHit();
            return cached with { FromCache = true };
        }

        LlmReply reply = await _inner.CompleteAsync(request, cancellationToken).ConfigureAwait(false);
        _cache.Put(key, reply);
        return reply;
    }
}
