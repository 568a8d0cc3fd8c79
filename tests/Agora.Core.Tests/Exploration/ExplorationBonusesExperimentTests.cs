using Agora.Core.Experiments;
using Agora.Core.Exploration;

namespace Agora.Core.Tests.Exploration;

public sealed class ExplorationBonusesExperimentTests
{
    private static readonly ExplorationBonusesExperiment Experiment = new();

    private static List<TrialResult> Run(int trials, params (string Key, object Value)[] values)
    {
        var plan = new RunPlan(Experiment)
        {
            TrialsPerPoint = trials,
            Seed = 11,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyList<object>)[v.Value]),
        };
        return plan.Expand().Select(t => ExperimentRunner.RunOne(Experiment, t)!).ToList();
    }

    [Fact]
    public void A_tiny_trial_records_curves_and_summaries_for_every_bonus()
    {
        TrialResult result = Run(1, ("steps", 3000L), ("record-every", 1000L), ("task", "corridor-key"), ("contexts", 3L)).Single();
        Assert.True(result.Succeeded, result.Error);
        foreach (string bonus in ExplorationBonusesExperiment.BonusNames)
        {
            Assert.Equal([1000L, 2000L, 3000L], result.Scalars.Where(p => p.Key == "success/" + bonus).Select(p => p.Step));
            Assert.All(result.Scalars.Where(p => p.Key == "success/" + bonus), p => Assert.InRange(p.Value, 0, 1));
            Assert.Contains(result.Summary, s => s.Key == "final-success/" + bonus);
        }
    }

    [Fact]
    public void The_same_seed_gives_identical_metrics()
    {
        TrialResult a = Run(1, ("steps", 2000L), ("record-every", 500L)).Single();
        TrialResult b = Run(1, ("steps", 2000L), ("record-every", 500L)).Single();
        Assert.Equal(a.Scalars, b.Scalars);
        Assert.Equal(a.Summary, b.Summary);
    }

    [Fact]
    public void Zero_contexts_are_refused_when_the_plan_is_expanded_naming_the_parameter()
    {
        var error = Assert.Throws<ParameterException>(() => Run(1, ("steps", 200L), ("contexts", 0L)));
        Assert.Contains("'contexts'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_one_context_every_bonus_learns_to_reach_the_goal()
    {
        TrialResult result = Run(1, ("steps", 40_000L), ("record-every", 10_000L), ("contexts", 1L)).Single();
        Assert.True(result.Succeeded, result.Error);
        foreach (string bonus in new[] { "global", "episodic", "product" })
        {
            double success = result.Summary.Single(s => s.Key == "final-success/" + bonus).Value;
            Assert.True(success > 0.5, $"{bonus}: final success {success}");
        }
    }
}
