using System.Runtime.CompilerServices;

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
    /// <remarks>The loop only tallies the 16 (previous state, state) transitions of seat 0's view; every counter is a
    /// sum of them: seat 0's next action is the high bit of the state, seat 1's the low bit, and seat 1's view of a
    /// state swaps the bits.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // the per-turn loop of every tournament match
    public static void Count(ReadOnlySpan<int> moves0, ReadOnlySpan<int> moves1, Span<long> counters)
    {
        counters.Clear();
        int n = moves0.Length;
        if (n == 0)
        {
            return;
        }

        moves1 = moves1[..n];
        Span<int> transitions = stackalloc int[16];
        transitions.Clear();
        int first = (2 * moves0[0]) + moves1[0];
        if (n <= 256)
        {
            TallyPacked(moves0, moves1, first, transitions);
        }
        else
        {
            int previous = first;
            for (int t = 1; t < n; t++)
            {
                int current = (2 * moves0[t]) + moves1[t];
                transitions[(previous << 2) | current]++;
                previous = current;
            }
        }

        counters[Initial0] = moves0[0] == 0 ? 1 : 0;
        counters[Initial1] = moves1[0] == 0 ? 1 : 0;
        counters[States + first]++;
        for (int p = 0; p < 4; p++)
        {
            int seat1View = ((p & 1) << 1) | (p >> 1);
            for (int c = 0; c < 4; c++)
            {
                long k = transitions[(p << 2) | c];
                counters[States + c] += k;
                counters[((c >> 1) == 0 ? ToC0 : ToD0) + p] += k;
                counters[((c & 1) == 0 ? ToC1 : ToD1) + seat1View] += k;
            }
        }
    }

    /// <summary>The 16 transition counts of a match of at most 256 turns, tallied in registers.</summary>
    /// <remarks>At most 255 transitions, so each count fits a byte: transitions 0–7 are bytes of one 64-bit tally,
    /// 8–15 of another. Incrementing a table in memory instead makes each turn wait for the previous turn's store
    /// whenever the same transition repeats (long runs of mutual cooperation), which is most turns.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TallyPacked(ReadOnlySpan<int> moves0, ReadOnlySpan<int> moves1, int first, Span<int> transitions)
    {
        ulong low = 0, high = 0;
        int previous = first;
        for (int t = 1; t < moves0.Length; t++)
        {
            int current = (2 * moves0[t]) + moves1[t];
            int key = (previous << 2) | current;
            ulong one = 1UL << ((key & 7) << 3);
            ulong toHigh = 0UL - (ulong)(key >> 3);
            high += one & toHigh;
            low += one & ~toHigh;
            previous = current;
        }

        for (int k = 0; k < 8; k++)
        {
            transitions[k] = (int)((low >> (k << 3)) & 0xFF);
            transitions[k + 8] = (int)((high >> (k << 3)) & 0xFF);
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
