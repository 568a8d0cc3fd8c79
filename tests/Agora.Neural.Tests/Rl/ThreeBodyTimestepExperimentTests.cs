using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Rl;

public sealed class ThreeBodyTimestepExperimentTests
{
    [Fact]
    public void SameSeedGivesTheSameTrainingCurveWithOneAndTwoJobs()
    {
        var experiment = new ThreeBodyTimestepExperiment();
        var plan = new RunPlan(experiment)
        {
            Values = new Dictionary<string, IReadOnlyList<object>> { ["episodes"] = [12L], ["eval-seeds"] = [1L], ["batch"] = [32L] },
            TrialsPerPoint = 2,
            Seed = 5,
        };
        IReadOnlyList<TrialSpec> trials = plan.Expand();
        Dictionary<int, TrialResult> one = Run(experiment, trials, 1);
        Dictionary<int, TrialResult> two = Run(experiment, trials, 2);
        Assert.Equal(2, one.Count);
        foreach ((int index, TrialResult result) in one)
        {
            Assert.True(result.Succeeded, result.Error);
            Assert.Equal(12, result.Scalars.Count(s => s.Key == "train/reward"));
            Assert.Equal(result.Scalars, two[index].Scalars);
            Assert.Equal(result.Summary, two[index].Summary);
        }

        Assert.NotEqual(one[0].Scalars.Where(s => s.Key == "train/reward"), one[1].Scalars.Where(s => s.Key == "train/reward"));
    }

    [Fact]
    public void FixedMuBaselinesOnSeedZeroMatchTheEnvironment()
    {
        var experiment = new ThreeBodyTimestepExperiment();
        var plan = new RunPlan(experiment) { Values = new Dictionary<string, IReadOnlyList<object>> { ["episodes"] = [0L], ["eval-seeds"] = [1L] } };
        TrialResult result = ExperimentRunner.RunOne(experiment, Assert.Single(plan.Expand()))!;
        var summary = result.Summary.ToDictionary(k => k.Key, k => k.Value);

        // Seed 0 at mu = 1e-3: the reference prototype gives about 28.5k force evaluations and |dE| = 1.4e-9.
        Assert.InRange(summary["fixed/mu=1e-3/force-evaluations"], 28_500 * 0.99, 28_500 * 1.01);
        Assert.InRange(summary["fixed/mu=1e-3/log10-dE"], Math.Log10(1.4e-9) - 0.05, Math.Log10(1.4e-9) + 0.05);
        Assert.Contains("dqn/dominated", summary.Keys);
        Assert.Equal(10, result.Scalars.Count(s => s.Key == "pareto/fixed"));
    }

    private static Dictionary<int, TrialResult> Run(IExperiment experiment, IReadOnlyList<TrialSpec> trials, int jobs)
    {
        var results = new Dictionary<int, TrialResult>();
        ExperimentRunner.Run(experiment, trials, new RunnerOptions { Jobs = jobs }, r => results.Add(r.Trial.Index, r));
        return results;
    }
}
