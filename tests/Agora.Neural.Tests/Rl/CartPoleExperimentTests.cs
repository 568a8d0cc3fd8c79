using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Rl;

public sealed class CartPoleExperimentTests
{
    [Theory]
    [InlineData("ppo")]
    [InlineData("dqn")]
    public void ShortRunRecordsABinnedCurve(string algorithm)
    {
        var experiment = new CartPoleExperiment();
        var plan = new RunPlan(experiment)
        {
            Values = new Dictionary<string, IReadOnlyList<object>> { ["algorithm"] = [algorithm], ["steps"] = [1024L], ["bin"] = [256L] },
            TrialsPerPoint = 1,
        };
        TrialResult result = ExperimentRunner.RunOne(experiment, Assert.Single(plan.Expand()))!;
        Assert.True(result.Succeeded, result.Error);
        var curve = result.Scalars.Where(s => s.Key == "charts/episodic_return").ToList();
        Assert.NotEmpty(curve);
        Assert.All(curve, s => Assert.True(s.Step % 256 == 0 && s.Value is >= 1 and <= 500));
        var summary = result.Summary.ToDictionary(k => k.Key, k => k.Value);
        Assert.InRange(summary["return/last20"], 1, 500);
        Assert.Equal(0, summary["solved"]);
    }
}
