using Agora.Core.Games;

namespace Agora.Core.Tests.Games;

public sealed class MatrixGameTests
{
    [Theory]
    [InlineData(0, 0, 3, 3)]  // C,C: reward R.
    [InlineData(0, 1, 0, 5)]  // C,D: sucker S vs temptation T.
    [InlineData(1, 0, 5, 0)]
    [InlineData(1, 1, 1, 1)]  // D,D: punishment P.
    public void Prisoners_dilemma_pays_R_P_S_T(int row, int column, double rowPayoff, double columnPayoff)
    {
        MatrixGame game = MatrixGame.PrisonersDilemma();
        GameState state = game.NewInitialState();
        state.ApplyActions([row, column]);
        Assert.True(state.IsTerminal);
        Assert.Equal(new[] { rowPayoff, columnPayoff }, state.Returns());
        Assert.Equal("C", game.ActionToString(0, 0));
        Assert.Equal("D", game.ActionToString(1, 1));
        Assert.Equal(Utility.GeneralSum, game.Type.Utility);
    }

    [Fact]
    public void Matching_pennies_is_zero_sum()
    {
        MatrixGame game = MatrixGame.MatchingPennies();
        Assert.Equal(Utility.ZeroSum, game.Type.Utility);
        Assert.Equal(Information.OneShot, game.Type.Information);
        GameState state = game.NewInitialState();
        state.ApplyActions([0, 1]);
        Assert.Equal(new[] { -1.0, 1.0 }, state.Returns());
    }

    [Fact]
    public void Repeated_game_sums_payoffs_and_observes_the_previous_joint_action()
    {
        MatrixGame game = MatrixGame.PrisonersDilemma(rounds: 4);
        Assert.Equal(4, game.MaxGameLength);
        Assert.Equal(0.0, game.MinUtility);
        Assert.Equal(20.0, game.MaxUtility);
        GameState state = game.NewInitialState();
        var observation = new float[game.ObservationTensorSize];
        state.ObservationTensor(1, observation);
        Assert.Equal(new float[] { 0, 0, 0, 0, 0 }, observation);

        state.ApplyActions([0, 1]);
        var rewards = new double[2];
        state.Rewards(rewards);
        Assert.Equal(new[] { 0.0, 5.0 }, rewards);
        state.ObservationTensor(0, observation);
        Assert.Equal(new float[] { 0, 1, 0, 0, 0.25f }, observation);

        state.ApplyActions([1, 1]);
        state.ApplyActions([0, 0]);
        Assert.False(state.IsTerminal);
        state.ApplyActions([1, 0]);
        Assert.True(state.IsTerminal);
        Assert.Equal(new[] { 0.0 + 1 + 3 + 5, 5.0 + 1 + 3 + 0 }, state.Returns());
        Assert.Equal("C,D D,D C,C D,C", state.InformationStateString(0));
    }

    [Fact]
    public void WithRounds_keeps_the_matrices_and_names()
    {
        MatrixGame game = MatrixGame.PrisonersDilemma().WithRounds(10);
        Assert.Equal(10, game.Rounds);
        Assert.Equal("pd", game.Type.ShortName);
        Assert.Equal(5.0, game.Payoff(0, 1, 0));
        Assert.Equal(game.Type.LongName, game.WithRounds(10).Type.LongName);
    }

    [Fact]
    public void Mismatched_shapes_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new MatrixGame("x", "x", new double[2, 2], new double[2, 3], ["a", "b"], ["a", "b"]));
        Assert.Throws<ArgumentException>(() => new MatrixGame("x", "x", new double[2, 2], new double[2, 2], ["a"], ["a", "b"]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MatrixGame.PrisonersDilemma(rounds: 0));
    }
}
