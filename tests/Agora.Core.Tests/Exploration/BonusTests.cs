using Agora.Core.Environments.GridWorld;
using Agora.Core.Exploration;
using Agora.Core.Tests.Environments.GridWorld;

namespace Agora.Core.Tests.Exploration;

public sealed class BonusTests
{
    private const ulong A = 1;
    private const ulong B = 2;
    private const ulong C = 3;

    // Episode 1 visits A B A A C, episode 2 visits A B.
    private static double[] Run(IExplorationBonus bonus)
    {
        var result = new List<double>();
        bonus.BeginEpisode();
        foreach (ulong k in new[] { A, B, A, A, C })
        {
            result.Add(bonus.Visit(k));
        }

        bonus.BeginEpisode();
        foreach (ulong k in new[] { A, B })
        {
            result.Add(bonus.Visit(k));
        }

        return result.ToArray();
    }

    [Fact]
    public void Global_count_bonus_is_one_over_root_N_over_all_episodes()
    {
        double[] expected = [1, 1, 1 / Math.Sqrt(2), 1 / Math.Sqrt(3), 1, 0.5, 1 / Math.Sqrt(2)];
        Close(expected, Run(new GlobalCountBonus()));
    }

    [Fact]
    public void Episodic_first_visit_bonus_restarts_every_episode()
    {
        Close([1, 1, 0, 0, 1, 1, 1], Run(new EpisodicCountBonus()));
    }

    [Fact]
    public void Episodic_inverse_root_bonus_uses_in_episode_counts()
    {
        double[] expected = [1, 1, 1 / Math.Sqrt(2), 1 / Math.Sqrt(3), 1, 1, 1];
        Close(expected, Run(new EpisodicCountBonus(EpisodicBonusMode.InverseSquareRoot)));
    }

    [Fact]
    public void Product_bonus_multiplies_episodic_first_visit_by_global()
    {
        double[] expected = [1, 1, 0, 0, 1, 0.5, 1 / Math.Sqrt(2)];
        Close(expected, Run(new ProductBonus(new EpisodicCountBonus(), new GlobalCountBonus())));
    }

    [Fact]
    public void The_wrapper_adds_beta_times_the_bonus_of_the_cell_reached()
    {
        // A corridor: the agent at (1, 1) facing right walks to (2, 1), turns (same cell), walks to (3, 1).
        var env = new GridWorldEnv(new HandBuilt(6, 3, b => b.SetAgent(0, 1, 1, 0)));
        var wrapper = new ExplorationBonusWrapper(env, new GlobalCountBonus(), new GridPositionKeys(env), coefficient: 0.5);
        wrapper.Reset(0);
        float[] rewards = Steps(wrapper, GridAction.Forward, GridAction.Left, GridAction.Right, GridAction.Forward);
        Assert.Equal([0.5f, 0.5f / MathF.Sqrt(2), 0.5f / MathF.Sqrt(3), 0.5f], rewards);
        Assert.Equal(0f, wrapper.ExtrinsicRewards[0]);
        Assert.Equal(1f, wrapper.Bonuses[0]);
    }

    [Fact]
    public void An_offset_turns_the_bonus_into_a_penalty_for_familiar_cells_and_the_goal_reward_stays()
    {
        var env = new GridWorldEnv(new HandBuilt(5, 3, b =>
        {
            b.Put(GridCell.Goal, 3, 1);
            b.SetAgent(0, 1, 1, 0);
        }, maxSteps: 10));
        var wrapper = new ExplorationBonusWrapper(env, new EpisodicCountBonus(), new GridPositionKeys(env), coefficient: 0.1, offset: 1);
        wrapper.Reset(0);
        float[] rewards = Steps(wrapper, GridAction.Forward, GridAction.Left, GridAction.Right, GridAction.Forward);
        float goal = 1 - (0.9f * 4 / 10);
        Close([0, -0.1, -0.1, goal], rewards.Select(x => (double)x).ToArray(), 1e-6);
        Assert.Equal(goal, wrapper.ExtrinsicRewards[0], 1e-6f);
    }

    [Fact]
    public void Stacked_wrappers_add_their_bonuses_and_reset_restarts_episodic_counts()
    {
        var env = new GridWorldEnv(new HandBuilt(6, 3, b => b.SetAgent(0, 1, 1, 0)));
        var keys = new GridPositionKeys(env);
        var inner = new ExplorationBonusWrapper(env, new EpisodicCountBonus(), keys, coefficient: 1);
        var outer = new ExplorationBonusWrapper(inner, new GlobalCountBonus(), keys, coefficient: 1);
        outer.Reset(0);
        Assert.Equal([2f, 0f + (1 / MathF.Sqrt(2))], Steps(outer, GridAction.Forward, GridAction.Left));
        outer.Reset(0);
        Assert.Equal([1f + (1 / MathF.Sqrt(3))], Steps(outer, GridAction.Forward));
    }

    private static void Close(double[] expected, double[] actual, double tolerance = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"entry {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    private static float[] Steps(Agora.Core.Environments.IParallelEnv env, params GridAction[] actions)
    {
        var result = new float[actions.Length];
        var reward = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        for (int i = 0; i < actions.Length; i++)
        {
            env.Step([(int)actions[i]], reward, terminated, truncated);
            result[i] = reward[0];
        }

        return result;
    }
}
