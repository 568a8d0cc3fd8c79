namespace Agora.Core.Tournaments;

/// <summary>The per-match counts behind the ResultSet, computed in one pass over the moves (no CSV round trip).</summary>
/// <remarks>
/// Layout of a counter block: [0..3] states from seat 0's view (CC, CD, DC, DD); [4..7] seat 0's state→C counts;
/// [8..11] seat 0's state→D counts; [12..15] and [16..19] the same for seat 1 from its own view; [20] and [21] whether
/// seat 0 and seat 1 opened with C. A state is 2·own + opponent with C = 0, D = 1; the state-to-action counts pair the
/// previous round's state with the player's next action (Axelrod's <c>compute_state_to_action_distribution</c>).
/// </remarks>
internal static class MatchCounters
{
    public const int Size = 22;
    public const int States = 0;
    public const int ToC0 = 4;
    public const int ToD0 = 8;
    public const int ToC1 = 12;
    public const int ToD1 = 16;
    public const int Initial0 = 20;
    public const int Initial1 = 21;

    /// <summary>Writes the counts of one match into <paramref name="counters"/> (cleared first).</summary>
    public static void Count(ReadOnlySpan<int> moves0, ReadOnlySpan<int> moves1, Span<long> counters)
    {
        counters.Clear();
        int n = moves0.Length;
        if (n == 0)
        {
            return;
        }

        counters[Initial0] = moves0[0] == 0 ? 1 : 0;
        counters[Initial1] = moves1[0] == 0 ? 1 : 0;
        int previous0 = -1;
        int previous1 = -1;
        for (int t = 0; t < n; t++)
        {
            int a0 = moves0[t];
            int a1 = moves1[t];
            if (previous0 >= 0)
            {
                counters[(a0 == 0 ? ToC0 : ToD0) + previous0]++;
                counters[(a1 == 0 ? ToC1 : ToD1) + previous1]++;
            }

            previous0 = (2 * a0) + a1;
            previous1 = (2 * a1) + a0;
            counters[States + previous0]++;
        }
    }

    /// <summary>Adds <paramref name="times"/> copies of <paramref name="counters"/> into <paramref name="total"/>.</summary>
    public static void Add(Span<long> total, ReadOnlySpan<long> counters, long times)
    {
        for (int i = 0; i < Size; i++)
        {
            total[i] += counters[i] * times;
        }
    }
}
