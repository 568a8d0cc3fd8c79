using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>Outcome distributions keyed by the ordered pair of full strategy names, as the <c>cached_outcomes</c> of
/// Axelrod's <c>ApproximateMoranProcess</c>.</summary>
/// <remarks>A lookup of (a, b) falls back to (b, a) with the scores swapped.
/// <threadsafety>Immutable after construction; safe to share.</threadsafety></remarks>
public sealed class OutcomeTable
{
    private readonly Dictionary<(string, string), OutcomeDistribution> _table;

    /// <summary>Creates a table.</summary>
    /// <param name="entries">(row name, column name) → distribution of (row score, column score) per turn.</param>
    public OutcomeTable(IReadOnlyDictionary<(string Row, string Column), OutcomeDistribution> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _table = entries.ToDictionary(e => e.Key, e => e.Value);
    }

    /// <summary>The number of entries.</summary>
    public int Count => _table.Count;

    /// <summary>Whether the table holds (a, b) or (b, a).</summary>
    /// <param name="row">The row player's name.</param>
    /// <param name="column">The column player's name.</param>
    /// <returns>True when one of the two keys exists.</returns>
    public bool Covers(string row, string column) => _table.ContainsKey((row, column)) || _table.ContainsKey((column, row));

    /// <summary>Samples the outcome of <paramref name="row"/> against <paramref name="column"/>.</summary>
    /// <param name="row">The row player's full name.</param>
    /// <param name="column">The column player's full name.</param>
    /// <param name="random">The generator.</param>
    /// <returns>Row and column score per turn.</returns>
    /// <exception cref="KeyNotFoundException">Neither (row, column) nor (column, row) is in the table.</exception>
    public (double Row, double Column) Sample(string row, string column, ref AgoraRandom random)
    {
        if (_table.TryGetValue((row, column), out OutcomeDistribution? direct))
        {
            return direct.Sample(ref random);
        }

        if (_table.TryGetValue((column, row), out OutcomeDistribution? reversed))
        {
            (double s0, double s1) = reversed.Sample(ref random);
            return (s1, s0);
        }

        throw new KeyNotFoundException($"No cached outcomes for '{row}' against '{column}'.");
    }

    /// <summary>Estimates a table by playing every pair of distinct names (self-pairs included) <paramref name="samples"/> times.</summary>
    /// <param name="players">The strategies; one entry per distinct name is made.</param>
    /// <param name="game">The stage game.</param>
    /// <param name="match">Match length, noise and ending.</param>
    /// <param name="samples">Matches per pair, at least 1.</param>
    /// <param name="seed">The seed; pair k (in name order) plays with seeds drawn from <c>Fork(k)</c>.</param>
    /// <returns>The table, keyed (a, b) with a ≤ b in ordinal order.</returns>
    public static OutcomeTable Estimate(IEnumerable<Strategy> players, MatrixGame game, MatchOptions match, int samples, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(players);
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(match);
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        var byName = new SortedDictionary<string, Strategy>(StringComparer.Ordinal);
        foreach (Strategy player in players)
        {
            byName.TryAdd(player.Name, player);
        }

        var names = byName.Keys.ToArray();
        var root = new AgoraRandom(seed);
        var entries = new Dictionary<(string, string), OutcomeDistribution>();
        int pair = 0;
        for (int i = 0; i < names.Length; i++)
        {
            for (int j = i; j < names.Length; j++, pair++)
            {
                AgoraRandom seeds = root.Fork((ulong)pair);
                var played = new Match(game, byName[names[i]].Clone(), byName[names[j]].Clone(), match);
                var counts = new Dictionary<(double, double), int>();
                var order = new List<(double, double)>();
                for (int s = 0; s < samples; s++)
                {
                    MatchSummary summary = played.PlayInPlace(seeds.NextUInt64());
                    var outcome = (summary.Score0 / summary.Turns, summary.Score1 / summary.Turns);
                    if (counts.TryGetValue(outcome, out int count))
                    {
                        counts[outcome] = count + 1;
                    }
                    else
                    {
                        counts[outcome] = 1;
                        order.Add(outcome);
                    }
                }

                entries[(names[i], names[j])] = new OutcomeDistribution(order.Select(o => new KeyValuePair<(double, double), int>(o, counts[o])));
            }
        }

        return new OutcomeTable(entries);
    }
}
