namespace Agora.Llm.Client;

/// <summary>Builds the client stack: OpenAI-compatible transport → retries and concurrency → response cache.</summary>
public static class LlmClientFactory
{
    /// <summary>Builds a client.</summary>
    /// <param name="options">The resolved options.</param>
    /// <param name="usage">Counters the run reports.</param>
    /// <param name="time">The clock.</param>
    /// <param name="environment">Environment lookup; the API key is read from <c>AGORA_LLM_API_KEY</c> here and nowhere else.</param>
    /// <param name="cache">The response cache, or null to disable caching.</param>
    /// <returns>The client.</returns>
    public static ILlmClient Create(LlmOptions options, LlmUsage usage, TimeProvider time, Func<string, string?> environment, ILlmResponseCache? cache)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        // Local servers (Ollama, llama.cpp) ignore the key, but the SDK insists on a non-empty credential.
        string apiKey = environment(LlmSettingsSource.ApiKeyVariable) is { Length: > 0 } key ? key : "no-key";
        ILlmClient client = new ResilientLlmClient(new OpenAiChatTransport(options, apiKey, time), options, usage, time);
        return cache is not null && options.Cache ? new CachingLlmClient(client, cache, usage) : client;
    }
}
