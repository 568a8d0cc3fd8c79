using System.Globalization;
using Agora.Core.Experiments;
using Agora.Llm.Client;

namespace Agora.Llm.Experiments;

/// <summary>
/// The LLM settings every LLM experiment takes as parameters, so that a run stores the endpoint and model it used and
/// <c>agora resume</c> reuses them. Precedence: <c>--set</c> on the command line, then the spec file, then
/// <c>AGORA_LLM_ENDPOINT</c> / <c>AGORA_LLM_MODEL</c>, then the defaults. The API key is never a parameter.
/// </summary>
public static class LlmParameters
{
    /// <summary>The parameters, with the given defaults for temperature and reply length.</summary>
    /// <param name="temperature">The default temperature.</param>
    /// <param name="maxTokens">The default reply token limit.</param>
    /// <returns>The parameter specifications.</returns>
    public static IReadOnlyList<ParameterSpec> Create(double temperature, long maxTokens) =>
    [
        ParameterSpec.Text("llm-endpoint", string.Empty, "OpenAI-compatible base URL (empty: $AGORA_LLM_ENDPOINT, else a local Ollama at http://127.0.0.1:11434/v1/).", ValidateEndpoint),
        ParameterSpec.Text("llm-model", string.Empty, "Model name (empty: $AGORA_LLM_MODEL, else llama3.2)."),
        ParameterSpec.Real("llm-temperature", temperature, "Sampling temperature.", min: 0, max: 2),
        ParameterSpec.Integer("llm-max-tokens", maxTokens, "Most tokens per reply.", min: 1, max: 100_000),
        ParameterSpec.Real("llm-timeout", 30, "Seconds before a request is abandoned and retried.", min: 0.01, max: 3600),
        ParameterSpec.Integer("llm-retries", 5, "Retries after 429, 5xx, timeouts and dropped connections.", min: 0, max: 100),
        ParameterSpec.Integer("llm-concurrency", 4, "Requests in flight at once.", min: 1, max: 1024),
        ParameterSpec.Boolean("llm-cache", true, "Serve repeated requests from the store's response cache."),
    ];

    /// <summary>Resolves a trial's LLM options (parameters over environment over defaults).</summary>
    /// <param name="p">The trial parameters.</param>
    /// <param name="services">The host's environment.</param>
    /// <returns>The options.</returns>
    public static LlmOptions Options(ParameterValues p, LlmServices services)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(services);
        var given = new LlmSettingsSource(
            Endpoint: NullIfEmpty(p.GetText("llm-endpoint")),
            Model: NullIfEmpty(p.GetText("llm-model")),
            Temperature: p.GetReal("llm-temperature"),
            MaxTokens: p.GetInt32("llm-max-tokens"),
            TimeoutSeconds: p.GetReal("llm-timeout"),
            MaxConcurrency: p.GetInt32("llm-concurrency"),
            MaxRetries: p.GetInt32("llm-retries"));
        return LlmSettingsSource.Resolve(given, LlmSettingsSource.FromEnvironment(services.Environment)) with { Cache = p.GetBoolean("llm-cache") };
    }

    /// <summary>Builds the client stack for a trial.</summary>
    /// <param name="context">The trial (its parameters, and the host's response cache among its services).</param>
    /// <param name="services">The host's environment.</param>
    /// <param name="usage">The trial's counters.</param>
    /// <returns>The client.</returns>
    public static ILlmClient Client(TrialContext context, LlmServices services, LlmUsage usage)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(services);
        var cache = context.Services?.GetService(typeof(ILlmResponseCache)) as ILlmResponseCache;
        return LlmClientFactory.Create(Options(context.Parameters, services), usage, services.Time, services.Environment, cache);
    }

    private static string? ValidateEndpoint(string text) =>
        text.Length == 0 || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"must be an absolute http(s) URL; got '{text}'");

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
