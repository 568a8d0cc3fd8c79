using Agora.Core.Experiments;

namespace Agora.Core.Tests.MultiAgent;

internal static class ExperimentHelper
{
    /// <summary>Mean of each summary over the trials of every grid point, keyed by "point/summary".</summary>
    public static Dictionary<string, double> MeanSummaries(IExperiment experiment, int trials, ulong seed, Dictionary<string, IReadOnlyList<object>> values)
    {
        var plan = new RunPlan(experiment) { TrialsPerPoint = trials, Seed = seed, Values = values };
        var sums = new Dictionary<string, double>();
        foreach (var trial in plan.Expand())
        {
            var result = ExperimentRunner.RunOne(experiment, trial)!;
            Assert.True(result.Succeeded, result.Error);
            foreach (var (key, value) in result.Summary)
            {
                string k = $"{trial.GridPoint}/{key}";
                sums[k] = sums.GetValueOrDefault(k) + (value / trials);
            }
        }

        return sums;
    }
}
