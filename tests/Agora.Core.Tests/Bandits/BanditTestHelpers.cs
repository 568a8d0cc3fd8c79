using Agora.Core.Bandits;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits;

internal static class BanditTestHelpers
{
    /// <summary>Mean regret curve per metric key over <paramref name="trials"/> seeds of <c>bandits-regret</c>.</summary>
    public static Dictionary<string, Dictionary<long, double>> MeanCurves(int trials, long steps, long recordEvery, string instance, string algorithms)
    {
        var experiment = new BanditRegretExperiment();
        var plan = new RunPlan(experiment)
        {
            TrialsPerPoint = trials,
            Seed = 2024,
            Values = new Dictionary<string, IReadOnlyList<object>>
            {
                ["steps"] = [steps],
                ["record-every"] = [recordEvery],
                ["instance"] = [instance],
                ["algorithms"] = [algorithms],
            },
        };
        var sums = new Dictionary<string, Dictionary<long, double>>();
        foreach (var trial in plan.Expand())
        {
            var result = ExperimentRunner.RunOne(experiment, trial)!;
            Assert.True(result.Succeeded, result.Error);
            foreach (var point in result.Scalars)
            {
                var curve = sums.TryGetValue(point.Key, out var c) ? c : sums[point.Key] = [];
                curve[point.Step] = curve.GetValueOrDefault(point.Step) + (point.Value / trials);
            }
        }

        return sums;
    }

    /// <summary>Plays <paramref name="policy"/> on <paramref name="bandit"/> for <paramref name="steps"/> pulls and returns the pseudo-regret.</summary>
    public static double Play(IBanditPolicy policy, IBandit bandit, long steps, ulong seed)
    {
        var policyRng = new AgoraRandom(seed);
        var rewardRng = new AgoraRandom(seed + 1000);
        bandit.Reset();
        return BanditRun.PseudoRegret(policy, bandit, steps, ref policyRng, ref rewardRng);
    }
}
