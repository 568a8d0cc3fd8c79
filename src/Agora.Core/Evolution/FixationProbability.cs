using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Statistics;

namespace Agora.Core.Evolution;

/// <summary>Estimates fixation probabilities by running many independent Moran processes, in parallel.</summary>
/// <remarks>
/// Run r uses seed <c>AgoraRandom.DeriveSeed(seed, r)</c> and its own copies of the players, and writes only its own
/// slot of the result, so the estimate is bit-identical for any number of jobs. Intervals are exact Clopper–Pearson
/// binomial intervals (<see cref="BinomialConfidence.ClopperPearson"/>) over all runs, unfixed runs included in the
/// denominator. Under neutral selection a type with k of N initial nodes fixes with probability k/N (Moran 1958).
/// </remarks>
public static class FixationProbability
{
    /// <summary>Runs <paramref name="runs"/> processes to fixation and counts the winners.</summary>
    /// <param name="players">The initial population.</param>
    /// <param name="options">The process options; the mutation rate must be 0. History recording is switched off.</param>
    /// <param name="runs">At least 1.</param>
    /// <param name="seed">The seed of the study.</param>
    /// <param name="jobs">Runs at once, at least 1; the result does not depend on it.</param>
    /// <param name="confidence">The interval level, in (0, 1). Default 0.95.</param>
    /// <param name="cancellationToken">Stops the study.</param>
    /// <returns>Counts, probabilities and intervals per initial type.</returns>
    public static FixationEstimate Estimate(
        IReadOnlyList<Strategy> players,
        MoranOptions? options,
        int runs,
        ulong seed,
        int jobs = 1,
        double confidence = 0.95,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        var settings = (options ?? new MoranOptions()) with { RecordHistory = false };
        // Build the default graphs once rather than once per run.
        PopulationGraph interaction = settings.InteractionGraph ?? PopulationGraph.Complete(Math.Max(1, players.Count));
        settings = settings with { InteractionGraph = interaction, ReproductionGraph = settings.ReproductionGraph ?? interaction.WithSelfLoops() };
        if (settings.MutationRate > 0)
        {
            throw new ArgumentException("Fixation needs a mutation rate of 0: with mutation a population never stays fixed.", nameof(options));
        }

        var winners = new string?[runs];
        var generations = new int[runs];
        Parallel.For(
            0,
            runs,
            new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellationToken },
            r =>
            {
                var process = new MoranProcess(players, settings, AgoraRandom.DeriveSeed(seed, r));
                MoranResult result = process.Run();
                winners[r] = result.Winner;
                generations[r] = result.Generations;
            });

        var types = players.Select(p => p.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).Select(type =>
        {
            int count = winners.Count(w => w == type);
            (double lower, double upper) = BinomialConfidence.ClopperPearson(count, runs, confidence);
            return new FixationCount(type, count, (double)count / runs, lower, upper);
        }).ToList();
        return new FixationEstimate(runs, confidence, types, winners.Count(w => w is null), winners, generations);
    }
}
