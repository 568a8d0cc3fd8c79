using System.Globalization;

namespace Agora.Llm;

/// <summary>LLM settings as one source gives them (command-line flags, a spec file, or the environment); null means "not given".</summary>
/// <param name="Endpoint">The endpoint URL.</param>
/// <param name="Model">The model name.</param>
/// <param name="Temperature">The temperature.</param>
/// <param name="MaxTokens">The reply token limit.</param>
/// <param name="TimeoutSeconds">The per-request timeout in seconds.</param>
/// <param name="MaxConcurrency">Requests in flight at once.</param>
/// <param name="MaxRetries">Retries per request.</param>
public sealed record LlmSettingsSource(
    string? Endpoint = null,
    string? Model = null,
    double? Temperature = null,
    int? MaxTokens = null,
    double? TimeoutSeconds = null,
    int? MaxConcurrency = null,
    int? MaxRetries = null)
{
    /// <summary>The environment variable naming the endpoint.</summary>
    public const string EndpointVariable = "AGORA_LLM_ENDPOINT";

    /// <summary>The environment variable naming the model.</summary>
    public const string ModelVariable = "AGORA_LLM_MODEL";

    /// <summary>The environment variable holding the API key (read only when a client is built; never stored).</summary>
    public const string ApiKeyVariable = "AGORA_LLM_API_KEY";

    /// <summary>Reads the endpoint and model from the environment.</summary>
    /// <param name="environment">A lookup of environment variables (pass <see cref="Environment.GetEnvironmentVariable(string)"/>).</param>
    /// <returns>The settings the environment gives.</returns>
    public static LlmSettingsSource FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new LlmSettingsSource(Endpoint: NullIfEmpty(environment(EndpointVariable)), Model: NullIfEmpty(environment(ModelVariable)));
    }

    /// <summary>
    /// Combines sources by precedence: the first source that gives a setting wins (pass flags, then spec file, then
    /// environment), then the <see cref="LlmOptions"/> defaults.
    /// </summary>
    /// <param name="sources">The sources, highest precedence first.</param>
    /// <returns>Validated options.</returns>
    /// <exception cref="ArgumentException">A given value is invalid; the message names the setting and value.</exception>
    public static LlmOptions Resolve(params LlmSettingsSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        T? First<T>(Func<LlmSettingsSource, T?> pick) where T : class => sources.Select(pick).FirstOrDefault(v => v is not null);
        T? FirstValue<T>(Func<LlmSettingsSource, T?> pick) where T : struct => sources.Select(pick).FirstOrDefault(v => v is not null);

        var options = new LlmOptions();
        if (First(s => s.Endpoint) is string endpoint)
        {
            if (!Uri.TryCreate(endpoint.EndsWith('/') ? endpoint : endpoint + "/", UriKind.Absolute, out var uri))
            {
                throw new ArgumentException($"LLM endpoint '{endpoint}' is not an absolute URL.");
            }

            options = options with { Endpoint = uri };
        }

        if (First(s => s.Model) is string model)
        {
            options = options with { Model = model };
        }

        if (FirstValue(s => s.Temperature) is double temperature)
        {
            options = options with { Temperature = temperature };
        }

        if (FirstValue(s => s.MaxTokens) is int maxTokens)
        {
            options = options with { MaxTokens = maxTokens };
        }

        if (FirstValue(s => s.TimeoutSeconds) is double seconds)
        {
            options = options with { Timeout = seconds > 0 && double.IsFinite(seconds) ? TimeSpan.FromSeconds(seconds) : throw new ArgumentException($"LLM timeout must be a positive number of seconds; got {seconds.ToString(CultureInfo.InvariantCulture)}.") };
        }

        if (FirstValue(s => s.MaxConcurrency) is int concurrency)
        {
            options = options with { MaxConcurrency = concurrency };
        }

        if (FirstValue(s => s.MaxRetries) is int retries)
        {
            options = options with { MaxRetries = retries };
        }

        return options;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
