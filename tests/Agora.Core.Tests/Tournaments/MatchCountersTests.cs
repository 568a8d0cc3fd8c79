using Agora.Core.Tournaments;
using CsCheck;

namespace Agora.Core.Tests.Tournaments;

public sealed class MatchCountersTests
{
    [Fact]
    public void A_hand_counted_match()
    {
        // Seat 0 plays C C D D, seat 1 plays C D D C: states (seat 0's view) CC, CD, DD, DC.
        var counters = new long[MatchCounters.Size];
        MatchCounters.Count([0, 0, 1, 1], [0, 1, 1, 0], counters);
        Assert.Equal([1, 1, 1, 1], counters[0..4]);               // CC, CD, DC, DD seen once each
        Assert.Equal([1, 0, 0, 0], counters[4..8]);               // seat 0 after CC played C
        Assert.Equal([0, 1, 0, 1], counters[8..12]);              // seat 0 after CD and DD played D
        Assert.Equal([0, 0, 0, 1], counters[12..16]);             // seat 1 after its DD played C
        Assert.Equal([1, 0, 1, 0], counters[16..20]);             // seat 1 after its CC and DC (our CD) played D
        Assert.Equal([1, 1], counters[20..22]);
    }

    [Fact]
    public void Counts_equal_a_turn_by_turn_tally()
    {
        Gen.Int[0, 1].Array[0, 300].SelectMany(m => Gen.Int[0, 1].Array[m.Length].Select(o => (m, o))).Sample(p =>
        {
            var counters = new long[MatchCounters.Size];
            MatchCounters.Count(p.m, p.o, counters);
            return counters.AsSpan().SequenceEqual(Naive(p.m, p.o));
        });
    }

    [Theory]
    [InlineData(0, 0, 255)]
    [InlineData(0, 0, 256)]
    [InlineData(0, 0, 257)]
    [InlineData(1, 1, 256)]
    [InlineData(1, 0, 256)]
    public void Constant_play_up_to_and_past_the_packed_tally_limit(int move0, int move1, int turns)
    {
        // 256 turns give 255 identical transitions, the most one byte of the packed tally holds.
        int[] moves0 = [.. Enumerable.Repeat(move0, turns)];
        int[] moves1 = [.. Enumerable.Repeat(move1, turns)];
        var counters = new long[MatchCounters.Size];
        MatchCounters.Count(moves0, moves1, counters);
        Assert.Equal(Naive(moves0, moves1), counters);
        Assert.Equal(turns, counters[MatchCounters.States + (2 * move0) + move1]);
    }

    private static long[] Naive(int[] moves0, int[] moves1)
    {
        var c = new long[MatchCounters.Size];
        for (int t = 0; t < moves0.Length; t++)
        {
            c[MatchCounters.States + (2 * moves0[t]) + moves1[t]]++;
            if (t > 0)
            {
                int before0 = (2 * moves0[t - 1]) + moves1[t - 1];
                int before1 = (2 * moves1[t - 1]) + moves0[t - 1];
                c[(moves0[t] == 0 ? MatchCounters.ToC0 : MatchCounters.ToD0) + before0]++;
                c[(moves1[t] == 0 ? MatchCounters.ToC1 : MatchCounters.ToD1) + before1]++;
            }
        }

        if (moves0.Length > 0)
        {
            c[MatchCounters.Initial0] = moves0[0] == 0 ? 1 : 0;
            c[MatchCounters.Initial1] = moves1[0] == 0 ? 1 : 0;
        }

        return c;
    }
}
