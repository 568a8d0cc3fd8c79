using Agora.Core.Games;

namespace Agora.Core.Tests.Games;

public sealed class KuhnPokerTests
{
    private static readonly KuhnPoker Game = new();

    [Fact]
    public void There_are_six_deals_each_with_probability_one_sixth()
    {
        var deals = new Dictionary<(int, int), double>();
        GameState root = Game.NewInitialState();
        foreach (ChanceOutcome first in root.ChanceOutcomes())
        {
            GameState afterFirst = root.Clone();
            afterFirst.ApplyAction(first.Action);
            Assert.True(afterFirst.IsChanceNode);
            foreach (ChanceOutcome second in afterFirst.ChanceOutcomes())
            {
                deals[(first.Action, second.Action)] = first.Probability * second.Probability;
            }
        }

        Assert.Equal(6, deals.Count);
        Assert.All(deals, d => Assert.NotEqual(d.Key.Item1, d.Key.Item2));
        Assert.All(deals.Values, p => Assert.Equal(1.0 / 6, p, 12));
    }

    [Theory]
    [InlineData("2 0 0 0", 1.0)]     // K vs J, pass-pass: higher card wins the ante.
    [InlineData("0 2 0 0", -1.0)]    // J vs K, pass-pass: player 0 loses the ante.
    [InlineData("2 1 1 1", 2.0)]     // K vs Q, bet-call: showdown for 2.
    [InlineData("0 1 1 1", -2.0)]    // J vs Q, bet-call: player 0 loses 2.
    [InlineData("0 2 1 0", 1.0)]     // J vs K, bet-fold: the bettor wins 1 whatever the cards.
    [InlineData("2 0 0 1 0", -1.0)]  // K vs J, pass-bet-fold: player 1 (bettor) wins 1.
    [InlineData("1 2 0 1 1", -2.0)]  // Q vs K, pass-bet-call: showdown for 2.
    public void Terminal_payoffs_match_the_rules(string history, double playerZeroReturn)
    {
        GameState state = Game.DeserializeState(history);
        Assert.True(state.IsTerminal);
        Assert.Equal(new[] { playerZeroReturn, -playerZeroReturn }, state.Returns());
    }

    [Fact]
    public void Player_zero_acts_after_the_deal_and_answers_a_bet_after_passing()
    {
        GameState state = Game.DeserializeState("2 0");
        Assert.Equal(0, state.CurrentPlayer);
        state.ApplyAction(KuhnPoker.Pass);
        Assert.Equal(1, state.CurrentPlayer);
        state.ApplyAction(KuhnPoker.Bet);
        Assert.Equal(0, state.CurrentPlayer);
    }

    [Fact]
    public void Information_states_hide_the_opponent_card()
    {
        GameState state = Game.DeserializeState("2 0 0 1");
        Assert.Equal("2pb", state.InformationStateString(0));
        Assert.Equal("0pb", state.InformationStateString(1));
        var tensor = new float[Game.InformationStateTensorSize];
        state.InformationStateTensor(1, tensor);
        Assert.Equal(new float[] { 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0 }, tensor);
        var observation = new float[Game.ObservationTensorSize];
        state.ObservationTensor(0, observation);
        Assert.Equal(new float[] { 1, 0, 0, 0, 1, 1, 2 }, observation);
    }
}
