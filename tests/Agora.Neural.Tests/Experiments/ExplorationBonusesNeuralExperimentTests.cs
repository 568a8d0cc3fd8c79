using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Experiments;

public sealed class ExplorationBonusesNeuralExperimentTests
{
    private static readonly ExplorationBonusesNeuralExperiment Experiment = new();

    private static TrialResult Run(params (string Key, object Value)[] values)
    {
        var plan = new RunPlan(Experiment)
        {
            TrialsPerPoint = 1,
            Seed = 5,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<object>)[v.Value]),
        };
        return plan.Expand().Select(t => ExperimentRunner.RunOne(Experiment, t)!).Single();
    }

    [Fact]
    public void A_tiny_trial_records_bounded_curves_and_is_deterministic()
    {
        (string, object)[] values = [("bonus", "e3b"), ("task", "corridor-key"), ("contexts", 3L), ("steps", 1024L), ("envs", 2L), ("rollout", 64L), ("record-every", 256L)];
        TrialResult a = Run(values);
        TrialResult b = Run(values);
        Assert.True(a.Succeeded, a.Error);
        Assert.Equal([256L, 512L, 768L, 1024L], a.Scalars.Where(p => p.Key == "success").Select(p => p.Step));
        Assert.All(a.Scalars.Where(p => p.Key == "success"), p => Assert.InRange(p.Value, 0, 1));
        Assert.InRange(a.Summary.Single(s => s.Key == "episodes").Value, 1, 1024);
        Assert.Equal(a.Scalars, b.Scalars);
        Assert.Equal(a.Summary, b.Summary);
    }

    [Fact]
    public void It_is_registered_with_the_neural_experiments()
    {
        Assert.Contains(NeuralExperiments.All, e => e.Name == "exploration-bonuses-neural");
    }
}
