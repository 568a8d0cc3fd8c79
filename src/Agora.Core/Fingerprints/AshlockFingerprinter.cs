using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Fingerprints;

/// <summary>Measures Ashlock fingerprints (Ashlock and Kim, "Fingerprinting: visualization and automatic analysis of
/// prisoner's dilemma strategies", IEEE TEVC 12(5), 2008), as Axelrod's <c>AshlockFingerprint</c>.</summary>
/// <remarks>
/// <para>
/// At each grid point (x, y) the strategy plays <see cref="AshlockFingerprintOptions.Repetitions"/> matches against
/// <see cref="AshlockProbe.Create"/>(probe, x, y), and the point's value is the mean of the per-match score per turn.
/// Point k (x-major) uses seed <c>DeriveSeed(Seed, k)</c> and its repetition r the match seed
/// <c>DeriveSeed(that, r)</c>, so every point is independent of the others and of the thread that measures it:
/// results are bit-identical for any <see cref="AshlockFingerprintOptions.Jobs"/>.
/// </para>
/// <para>Axelrod plays the same matches inside a spatial tournament with one RNG stream per pair, so its numbers agree
/// with these in distribution, not bit for bit.</para>
/// </remarks>
public static class AshlockFingerprinter
{
    /// <summary>Fingerprints <paramref name="strategy"/>.</summary>
    /// <param name="strategy">The strategy (a prototype; each point plays a clone).</param>
    /// <param name="options">Grid, length, repetitions, seed and jobs; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between points.</param>
    /// <returns>The fingerprint.</returns>
    public static AshlockFingerprint Compute(Strategy strategy, AshlockFingerprintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= new AshlockFingerprintOptions();
        Strategy probe = options.Probe ?? new TitForTat();
        MatrixGame game = options.Game ?? MatrixGame.PrisonersDilemma();
        double[] coordinates = FingerprintGrid.Coordinates(options.Step);
        int size = coordinates.Length;
        var means = new double[size * size];
        var deviations = new double[size * size];
        var matchOptions = new MatchOptions { Turns = options.Turns };

        void MeasurePoint(int k)
        {
            double x = coordinates[k / size];
            double y = coordinates[k % size];
            var match = new Match(game, strategy.Clone(), AshlockProbe.Create(probe, x, y), matchOptions);
            ulong pointSeed = AgoraRandom.DeriveSeed(options.Seed, k);
            var stats = default(RunningMoments);
            for (int r = 0; r < options.Repetitions; r++)
            {
                MatchSummary summary = match.PlayInPlace(AgoraRandom.DeriveSeed(pointSeed, r));
                stats.Add(summary.Score0 / summary.Turns);
            }

            means[k] = stats.Mean;
            deviations[k] = stats.SampleStandardDeviation;
        }

        ParallelPoints.Run(size * size, options.Jobs, MeasurePoint, cancellationToken);
        return new AshlockFingerprint(strategy.Name, probe.Name, game.Type.ShortName, coordinates, means, deviations, options.Turns, options.Repetitions, options.Seed);
    }
}
