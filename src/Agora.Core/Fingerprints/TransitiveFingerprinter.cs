using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Fingerprints;

/// <summary>Measures transitive fingerprints (Ashlock, Brown and Hingston 2015), as Axelrod's <c>TransitiveFingerprint</c>.</summary>
/// <remarks>
/// Against each opponent the strategy plays <see cref="TransitiveFingerprintOptions.Repetitions"/> matches; the
/// value at (opponent, turn) is the fraction of them in which the strategy's recorded move at that turn was C.
/// Opponent k uses seed <c>DeriveSeed(Seed, k)</c> and its repetition r the match seed <c>DeriveSeed(that, r)</c>,
/// so results are bit-identical for any number of jobs.
/// </remarks>
public static class TransitiveFingerprinter
{
    /// <summary>Fingerprints <paramref name="strategy"/>.</summary>
    /// <param name="strategy">The strategy (a prototype; each opponent plays a clone).</param>
    /// <param name="options">Opponents, length, repetitions, noise, seed and jobs; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between opponents.</param>
    /// <returns>The fingerprint.</returns>
    public static TransitiveFingerprint Compute(Strategy strategy, TransitiveFingerprintOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= new TransitiveFingerprintOptions();
        MatrixGame game = options.Game ?? MatrixGame.PrisonersDilemma();
        IReadOnlyList<Strategy> opponents = options.Opponents ?? [.. FingerprintGrid.Linspace(options.RandomOpponents).Select(p => new RandomStrategy(p))];
        int turns = options.Turns;
        var rates = new double[opponents.Count * turns];
        var matchOptions = new MatchOptions { Turns = turns, Noise = options.Noise };

        void MeasureOpponent(int k)
        {
            var match = new Match(game, strategy.Clone(), opponents[k].Clone(), matchOptions);
            ulong opponentSeed = AgoraRandom.DeriveSeed(options.Seed, k);
            var cooperations = new int[turns];
            for (int r = 0; r < options.Repetitions; r++)
            {
                match.PlayInPlace(AgoraRandom.DeriveSeed(opponentSeed, r));
                ReadOnlySpan<int> moves = match.Moves0;
                for (int t = 0; t < turns; t++)
                {
                    cooperations[t] += moves[t] == Moves.C ? 1 : 0;
                }
            }

            for (int t = 0; t < turns; t++)
            {
                rates[(k * turns) + t] = (double)cooperations[t] / options.Repetitions;
            }
        }

        ParallelPoints.Run(opponents.Count, options.Jobs, MeasureOpponent, cancellationToken);
        return new TransitiveFingerprint(strategy.Name, [.. opponents.Select(o => o.Name)], game.Type.ShortName, rates, turns, options.Repetitions, options.Noise, options.Seed);
    }
}
