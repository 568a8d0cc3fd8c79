using Agora.Core.Environments;
using Agora.Core.Games;

namespace Agora.Core.Tests.Environments;

public sealed class GameEnvTests
{
    [Fact]
    public void Kuhn_env_hides_chance_and_lets_only_the_player_to_move_act()
    {
        var env = new GameEnv(new KuhnPoker());
        env.Reset(5);
        Assert.Equal(0, env.State.CurrentPlayer);
        Assert.Equal(2, env.State.History.Count);

        var acting = new bool[2];
        var masks = new bool[4];
        env.WriteActingAgents(acting);
        env.WriteActionMasks(masks);
        Assert.Equal(new[] { true, false }, acting);
        Assert.Equal(new[] { true, true, false, false }, masks);

        var rewards = new float[2];
        var terminated = new bool[2];
        var truncated = new bool[2];
        env.Step([KuhnPoker.Bet, 99], rewards, terminated, truncated);   // Player 1's entry is ignored.
        env.WriteActingAgents(acting);
        Assert.Equal(new[] { false, true }, acting);
        Assert.Equal(new float[] { 0, 0 }, rewards);

        env.Step([99, KuhnPoker.Pass], rewards, terminated, truncated);  // Player 1 folds.
        Assert.Equal(new[] { true, true }, terminated);
        Assert.Equal(new[] { false, false }, truncated);
        Assert.Equal(new float[] { 1, -1 }, rewards);
        env.WriteActionMasks(masks);
        Assert.DoesNotContain(true, masks);
        Assert.Throws<InvalidOperationException>(() => env.Step([0, 0], rewards, terminated, truncated));
    }

    [Fact]
    public void Matrix_env_pays_both_agents_every_round()
    {
        var env = new GameEnv(MatrixGame.PrisonersDilemma(rounds: 2));
        env.Reset(0);
        var rewards = new float[2];
        var terminated = new bool[2];
        var truncated = new bool[2];
        env.Step([0, 1], rewards, terminated, truncated);
        Assert.Equal(new float[] { 0, 5 }, rewards);
        Assert.False(terminated[0]);
        env.Step([1, 1], rewards, terminated, truncated);
        Assert.Equal(new float[] { 1, 1 }, rewards);
        Assert.True(terminated[0] && terminated[1]);

        var state = new float[env.StateSize];
        env.WriteState(state);
        Assert.Equal(2 * 5, state.Length);
    }

    [Fact]
    public void The_same_seed_gives_the_same_deal()
    {
        var a = new GameEnv(new KuhnPoker());
        var b = new GameEnv(new KuhnPoker());
        for (ulong seed = 0; seed < 20; seed++)
        {
            a.Reset(seed);
            b.Reset(seed);
            Assert.Equal(a.State.Serialize(), b.State.Serialize());
        }
    }
}
