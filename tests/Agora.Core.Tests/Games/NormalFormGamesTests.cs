using Agora.Core.Games;

namespace Agora.Core.Tests.Games;

public sealed class NormalFormGamesTests
{
    [Theory]
    [InlineData("pd", 200, 3, 0, 5, 1)]
    [InlineData("akata-pd", 10, 8, 0, 10, 5)]
    [InlineData("stag-hunt", 200, 4, 1, 3, 2)]
    [InlineData("chicken", 200, 3, 2, 4, 1)]
    [InlineData("harmony", 200, 4, 3, 2, 1)]
    [InlineData("deadlock", 200, 2, 1, 4, 3)]
    public void Symmetric_games_have_their_payoffs_and_default_lengths(string id, int rounds, double cc, double cd, double dc, double dd)
    {
        Assert.True(GameRegistry.TryGet(id, out IGame? found));
        var game = Assert.IsType<MatrixGame>(found);
        Assert.Equal(rounds, game.Rounds);
        Assert.Equal([cc, cd, dc, dd], new[] { game.Payoff(0, 0, 0), game.Payoff(0, 0, 1), game.Payoff(0, 1, 0), game.Payoff(0, 1, 1) });
        Assert.Equal([cc, dc, cd, dd], new[] { game.Payoff(1, 0, 0), game.Payoff(1, 0, 1), game.Payoff(1, 1, 0), game.Payoff(1, 1, 1) });
    }

    [Fact]
    public void Akata_battle_of_the_sexes_has_player_one_preferring_J()
    {
        MatrixGame bos = NormalFormGames.AkataBattleOfTheSexes();
        Assert.Equal((10.0, 7.0), (bos.Payoff(0, 0, 0), bos.Payoff(1, 0, 0)));
        Assert.Equal((7.0, 10.0), (bos.Payoff(0, 1, 1), bos.Payoff(1, 1, 1)));
        Assert.Equal((0.0, 0.0), (bos.Payoff(0, 0, 1), bos.Payoff(1, 1, 0)));
        Assert.Equal("J", bos.ActionToString(0, 0));
        Assert.Equal(10, bos.Rounds);
    }

    [Fact]
    public void Rock_paper_scissors_is_a_zero_sum_three_action_game()
    {
        MatrixGame rps = NormalFormGames.RockPaperScissors();
        Assert.Equal(3, rps.Rows);
        Assert.Equal(Utility.ZeroSum, rps.Type.Utility);
        Assert.Equal(1, rps.Payoff(0, 1, 0)); // paper beats rock
        Assert.Equal(-1, rps.Payoff(0, 2, 0)); // scissors lose to rock
    }
}
