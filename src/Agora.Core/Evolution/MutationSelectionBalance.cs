using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>With mutation a Moran population never stays fixed; this measures where it sits instead: the mean share
/// of each type after a fixed number of generations, over many independent runs.</summary>
/// <remarks>Run r uses seed <c>AgoraRandom.DeriveSeed(seed, r)</c> (as <see cref="FixationProbability"/>) and writes
/// only its own slot, so the result is identical for any number of jobs.</remarks>
public static class MutationSelectionBalance
{
    /// <summary>Runs <paramref name="runs"/> processes for <see cref="MoranOptions.MaxGenerations"/> generations each.</summary>
    /// <param name="players">The initial population.</param>
    /// <param name="options">The process options (usually with a positive mutation rate).</param>
    /// <param name="runs">At least 1.</param>
    /// <param name="seed">The seed of the study.</param>
    /// <param name="jobs">Runs at once, at least 1.</param>
    /// <param name="cancellationToken">Stops the study.</param>
    /// <returns>Mean final share per type name (types seen in any run's final population), in name order.</returns>
    public static IReadOnlyList<KeyValuePair<string, double>> MeanFinalShares(
        IReadOnlyList<Strategy> players,
        MoranOptions options,
        int runs,
        ulong seed,
        int jobs = 1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var settings = options with { RecordHistory = false };
        var finals = new string[runs][];
        Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken }, r =>
        {
            var process = new MoranProcess(players, settings, AgoraRandom.DeriveSeed(seed, r));
            process.Run();
            finals[r] = process.Names();
        });

        var totals = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (string[] names in finals)
        {
            foreach (string name in names)
            {
                totals[name] = totals.GetValueOrDefault(name) + (1.0 / (names.Length * runs));
            }
        }

        return [.. totals];
    }
}
