using Agora.Core.Experiments;
using Agora.Llm.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Cli.Commands;

/// <summary>
/// Every experiment the tool offers: Agora.Core's <see cref="ExperimentRegistry"/> plus the assemblies Core cannot
/// reference (Agora.Neural, Agora.Llm). The CLI is the one place that sees them all, so it composes the list.
/// </summary>
internal static class ExperimentCatalog
{
    /// <summary>The environment, clock and response cache the LLM experiments use; <c>run</c> and <c>resume</c> point the cache at their store.</summary>
    public static LlmServices Llm { get; } = new();

    /// <summary>All experiments, sorted by name.</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
        ExperimentRegistry.All.Concat(NeuralExperiments.All).Concat(LlmExperiments.Create(Llm)).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an experiment by name.</summary>
    /// <param name="name">The experiment name.</param>
    /// <param name="experiment">The experiment, when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryGet(string name, out IExperiment experiment)
    {
        experiment = All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))!;
        return experiment is not null;
    }
}
