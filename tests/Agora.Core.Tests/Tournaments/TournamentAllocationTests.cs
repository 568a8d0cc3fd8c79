using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;
using Agora.Core.Tournaments;

namespace Agora.Core.Tests.Tournaments;

public sealed class TournamentAllocationTests
{
    private static long Allocated(int repetitions)
    {
        Strategy[] players = [new TitForTat(), new RandomStrategy(), new FirstByGrofman()];
        var tournament = new Tournament(NormalFormGames.PrisonersDilemma(), players, new TournamentOptions { Turns = 200, Repetitions = repetitions });
        tournament.Play(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        tournament.Play(1);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Extra_repetitions_cost_a_few_bytes_per_match_not_per_turn()
    {
        // 6 pairs; 180 more repetitions = 1080 more matches of 200 turns. Per-turn allocation would cost ≥ 200 × 1080
        // objects; what remains is the per-match outcome (32 bytes) and the ResultSet's per-repetition entries.
        long extra = Allocated(200) - Allocated(20);
        Assert.InRange(extra / (6 * 180), 0, 400);
    }
}
