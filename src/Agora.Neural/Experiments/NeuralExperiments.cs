using Agora.Core.Experiments;

namespace Agora.Neural.Experiments;

/// <summary>The experiments that live in Agora.Neural (Agora.Core cannot reference this assembly, so the CLI adds them to <see cref="ExperimentRegistry"/>'s list).</summary>
public static class NeuralExperiments
{
    /// <summary>All of them, in registration order (append only).</summary>
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        new AttentionSinksExperiment(),
        new ThreeBodyTimestepExperiment(),
        new CartPoleExperiment(),
        new PendulumExperiment(),
        new ExplorationBonusesNeuralExperiment(),
        new LbfMappoExperiment(),
    ];
}
