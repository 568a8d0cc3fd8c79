using Agora.Core.Experiments;

namespace Agora.Llm.Experiments;

/// <summary>The experiments that live in Agora.Llm; the CLI adds them to the catalogue with its <see cref="LlmServices"/>.</summary>
public static class LlmExperiments
{
    /// <summary>All of them, in registration order (append only).</summary>
    /// <param name="services">The host's environment and cache.</param>
    /// <returns>The experiments.</returns>
    public static IReadOnlyList<IExperiment> Create(LlmServices services) =>
    [
        new DonorLlmExperiment(services),
        new AkataLlmExperiment(services),
        new Akata144LlmExperiment(services),
    ];
}
