using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Games;

public sealed class NoisyRaceTests
{
    [Fact]
    public void A_dash_is_a_sampled_chance_node_that_serialises_as_its_face()
    {
        var game = new NoisyRace(target: 5);
        GameState state = game.NewInitialState();
        state.ApplyAction(NoisyRace.Dash);
        Assert.True(state.IsChanceNode);
        Assert.Throws<InvalidOperationException>(() => state.ChanceOutcomes());
        var rng = new AgoraRandom(1);
        int face = state.SampleChance(ref rng);
        Assert.InRange(face, 0, NoisyRace.DieFaces - 1);
        Assert.Equal($"1 {face}", state.Serialize());
        Assert.Equal(state.Serialize(), game.DeserializeState(state.Serialize()).Serialize());
    }

    [Fact]
    public void Rolling_a_one_sends_the_runner_home_and_reaching_the_target_wins()
    {
        var game = new NoisyRace(target: 5);
        GameState state = game.DeserializeState("0 0 1 0");   // P0 steps, P1 steps, P0 dashes and rolls a 1.
        Assert.Equal("me 0 opponent 1 target 5 move 3/40", state.ObservationString(0));
        state = game.DeserializeState("1 5");                 // P0 dashes and rolls a 6: wins at once.
        Assert.True(state.IsTerminal);
        Assert.Equal(new[] { 1.0, -1.0 }, state.Returns());
    }

    [Fact]
    public void An_impossible_die_face_in_a_history_is_a_format_error() =>
        Assert.Throws<FormatException>(() => new NoisyRace().DeserializeState("1 6"));

    [Fact]
    public void The_race_is_drawn_after_the_move_limit()
    {
        var game = new NoisyRace(target: 10, maxPlayerMoves: 4);
        GameState state = game.DeserializeState("0 0 0 0");
        Assert.True(state.IsTerminal);
        Assert.Equal(new[] { 0.0, 0.0 }, state.Returns());
    }
}
