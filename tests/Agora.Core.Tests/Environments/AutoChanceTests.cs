using Agora.Core.Environments;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Environments;

public sealed class AutoChanceTests
{
    [Fact]
    public void Explicit_chance_is_sampled_with_the_listed_probabilities()
    {
        var chance = new AutoChance(new AgoraRandom(42));
        var game = new KuhnPoker();
        var counts = new Dictionary<string, int>();
        const int Trials = 60_000;
        for (int i = 0; i < Trials; i++)
        {
            GameState state = game.NewInitialState();
            Assert.Equal(2, chance.Resolve(state));
            Assert.Equal(0, state.CurrentPlayer);
            string deal = state.Serialize();
            counts[deal] = counts.GetValueOrDefault(deal) + 1;
        }

        Assert.Equal(6, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c / (double)Trials, 1.0 / 6 - 0.01, 1.0 / 6 + 0.01));
    }

    [Fact]
    public void Sampled_chance_is_applied_as_an_action_and_replays()
    {
        var game = new NoisyRace();
        GameState state = game.NewInitialState();
        state.ApplyAction(NoisyRace.Dash);
        var rng = new AgoraRandom(9);
        Assert.Equal(1, AutoChance.Resolve(state, ref rng));
        Assert.False(state.IsChanceNode);
        Assert.Equal(2, state.History.Count);
        Assert.Equal(state.Serialize(), game.DeserializeState(state.Serialize()).Serialize());
    }

    [Fact]
    public void Non_chance_nodes_are_left_alone()
    {
        GameState state = MatrixGame.PrisonersDilemma().NewInitialState();
        var rng = new AgoraRandom(1);
        Assert.Equal(0, AutoChance.Resolve(state, ref rng));
        Assert.Empty(state.History);
    }
}
