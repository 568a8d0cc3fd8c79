using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Akata;

namespace Agora.Core.Tests.Repeated.Akata;

public sealed class AkataRoundRobinTests
{
    [Fact]
    public void Every_ordered_pair_plays_once_self_play_included()
    {
        var players = AkataPlayers.Create(["AlwaysJ", "AlwaysF", "TFT"]);
        var outcomes = AkataRoundRobin.Play(NormalFormGames.AkataPrisonersDilemma(), players, 10, seed: 1);
        Assert.Equal(9, outcomes.Count);
        Assert.Equal([(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (2, 2)], outcomes.Select(o => (o.Player0, o.Player1)));

        // TFT against itself: all J, 80 each; AlwaysJ against AlwaysF: 0 and 100.
        var tftSelf = outcomes[8];
        Assert.Equal(("JJJJJJJJJJ", "JJJJJJJJJJ", 80.0, 80.0, 10), (tftSelf.Moves0, tftSelf.Moves1, tftSelf.Score0, tftSelf.Score1, tftSelf.BothFirstAction));
        Assert.Equal((0.0, 100.0, 0, 0), (outcomes[1].Score0, outcomes[1].Score1, outcomes[1].BothFirstAction, outcomes[1].SameAction));
    }

    [Fact]
    public void A_match_does_not_depend_on_the_other_players_taking_part()
    {
        MatrixGame pd = NormalFormGames.AkataPrisonersDilemma();
        var small = AkataRoundRobin.Play(pd, AkataPlayers.Create(["NP20", "TFT"]), 10, seed: 5);
        var large = AkataRoundRobin.Play(pd, AkataPlayers.Create(["AlwaysJ", "NP20", "GrimTrigger", "TFT"]), 10, seed: 5);
        PairOutcome a = small.Single(o => o is { Player0: 0, Player1: 1 });
        PairOutcome b = large.Single(o => o is { Player0: 1, Player1: 3 });
        Assert.Equal((a.Moves0, a.Moves1), (b.Moves0, b.Moves1));
        Assert.Contains('F', a.Moves0); // NP20 did defect at random, so the seed matters
    }
}
