using Agora.Core.Experiments;
using Agora.Neural.Experiments;

namespace Agora.Neural.Tests.Rl;

public sealed class PendulumExperimentTests
{
    [Fact]
    public void ShortRunRecordsABinnedCurveOfRawReturns()
    {
        var experiment = new PendulumExperiment();
        var plan = new RunPlan(experiment)
        {
            Values = new Dictionary<string, IReadOnlyList<object>> { ["steps"] = [2048L], ["bin"] = [400L] },
            TrialsPerPoint = 1,
        };
        TrialResult result = ExperimentRunner.RunOne(experiment, Assert.Single(plan.Expand()))!;
        Assert.True(result.Succeeded, result.Error);
        var curve = result.Scalars.Where(s => s.Key == "charts/episodic_return").ToList();

        // 200-step episodes end at steps 200, 400, …, 2000: two in each of the first five 400-step bins, none after.
        Assert.Equal(5, curve.Count);
        Assert.All(curve, s => Assert.True(s.Step % 400 == 0 && s.Value is >= -16.3 * 200 and < 0));
        var summary = result.Summary.ToDictionary(k => k.Key, k => k.Value);
        Assert.Equal(10, summary["episodes"]);
        Assert.Equal(0, summary["solved"]);
    }
}
