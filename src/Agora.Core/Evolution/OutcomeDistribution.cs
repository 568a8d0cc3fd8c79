using Agora.Core.Randomness;

namespace Agora.Core.Evolution;

/// <summary>An empirical distribution of match outcomes (both players' scores per turn), as Axelrod's <c>Pdf</c> over
/// a counter of outcomes, but sampled from a generator the caller passes (so a seed covers it).</summary>
/// <remarks>Outcomes are kept in the order given; a draw takes one uniform integer below the total count and returns
/// the first outcome whose cumulative count exceeds it.
/// <threadsafety>Immutable; safe to share.</threadsafety></remarks>
public sealed class OutcomeDistribution
{
    private readonly (double Score0, double Score1)[] _outcomes;
    private readonly long[] _cumulative;

    /// <summary>Creates a distribution from outcomes and how often each was seen.</summary>
    /// <param name="outcomes">Distinct outcomes (seat 0's and seat 1's score per turn) with positive counts.</param>
    /// <exception cref="ArgumentException">No outcome, or a count below 1.</exception>
    public OutcomeDistribution(IEnumerable<KeyValuePair<(double Score0, double Score1), int>> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("An outcome distribution needs at least one outcome.", nameof(outcomes));
        }

        _outcomes = new (double, double)[list.Count];
        _cumulative = new long[list.Count];
        long total = 0;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Value < 1)
            {
                throw new ArgumentException($"Outcome {list[i].Key} has count {list[i].Value}; counts must be at least 1.", nameof(outcomes));
            }

            total += list[i].Value;
            _outcomes[i] = list[i].Key;
            _cumulative[i] = total;
        }
    }

    /// <summary>The number of observations behind the distribution.</summary>
    public long Total => _cumulative[^1];

    /// <summary>The distinct outcomes, in the order given.</summary>
    public IReadOnlyList<(double Score0, double Score1)> Outcomes => _outcomes;

    /// <summary>Draws one outcome with probability count / total.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>Seat 0's and seat 1's score per turn.</returns>
    public (double Score0, double Score1) Sample(ref AgoraRandom random)
    {
        if (_outcomes.Length == 1)
        {
            return _outcomes[0];
        }

        long u = (long)random.NextUInt64((ulong)Total);
        int index = Array.BinarySearch(_cumulative, u + 1);
        return _outcomes[index >= 0 ? index : ~index];
    }
}
