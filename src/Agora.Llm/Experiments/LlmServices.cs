namespace Agora.Llm.Experiments;

/// <summary>
/// What LLM experiments need from their host: where the environment is read (the API key, endpoint and model
/// fallbacks) and the clock. The response cache is per run: the host passes it as an <see cref="Client.ILlmResponseCache"/>
/// service in <see cref="Core.Experiments.TrialContext.Services"/>.
/// </summary>
/// <threadsafety>Configure before a run starts; read concurrently by trials.</threadsafety>
public sealed class LlmServices
{
    /// <summary>Reads environment variables. Default: the process environment.</summary>
    public Func<string, string?> Environment { get; set; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock for timeouts and backoff. Default: the system clock.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
