namespace Agora.Core.Tournaments;

/// <summary>Counts of the four joint actions of a 2×2 game from one player's view: (own, opponent).</summary>
/// <param name="CC">Both cooperated.</param>
/// <param name="CD">Own C, opponent D.</param>
/// <param name="DC">Own D, opponent C.</param>
/// <param name="DD">Both defected.</param>
public readonly record struct StateCounts(long CC, long CD, long DC, long DD)
{
    /// <summary>The count of state <paramref name="state"/> = 2·own + opponent (0 = CC, 1 = CD, 2 = DC, 3 = DD).</summary>
    /// <param name="state">The state index.</param>
    public long this[int state] => state switch
    {
        0 => CC,
        1 => CD,
        2 => DC,
        3 => DD,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "A state index is 0..3."),
    };

    /// <summary>The sum of the four counts.</summary>
    public long Total => CC + CD + DC + DD;

    /// <summary>Each count over <see cref="Total"/> (all zero when the total is zero), in CC, CD, DC, DD order.</summary>
    /// <returns>Four fractions.</returns>
    public double[] Normalised()
    {
        long total = Total;
        return total == 0 ? [0, 0, 0, 0] : [(double)CC / total, (double)CD / total, (double)DC / total, (double)DD / total];
    }

    internal static StateCounts From(ReadOnlySpan<long> counts) => new(counts[0], counts[1], counts[2], counts[3]);
}

/// <summary>Counts of (previous state, own next action) from one player's view, Axelrod's state-to-action distribution.</summary>
/// <param name="ToC">Per previous state (own, opponent), how often the player cooperated next.</param>
/// <param name="ToD">Per previous state, how often the player defected next.</param>
public readonly record struct StateTransitions(StateCounts ToC, StateCounts ToD)
{
    /// <summary>P(C | previous state) for each state in CC, CD, DC, DD order; 0 for a state never seen.</summary>
    /// <returns>Four probabilities.</returns>
    public double[] CooperationProbabilities()
    {
        var p = new double[4];
        for (int s = 0; s < 4; s++)
        {
            long total = ToC[s] + ToD[s];
            p[s] = total == 0 ? 0 : (double)ToC[s] / total;
        }

        return p;
    }

    /// <summary>P(D | previous state) for each state; 0 for a state never seen.</summary>
    /// <returns>Four probabilities.</returns>
    public double[] DefectionProbabilities()
    {
        var p = new double[4];
        for (int s = 0; s < 4; s++)
        {
            long total = ToC[s] + ToD[s];
            p[s] = total == 0 ? 0 : (double)ToD[s] / total;
        }

        return p;
    }
}
