using Agora.Core.Agents;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Tests.Environments.GridWorld;

namespace Agora.Core.Tests.Agents;

public sealed class TabularQLearningTests
{
    [Fact]
    public void One_update_moves_Q_by_alpha_times_the_TD_error()
    {
        var agent = new TabularQLearning(2, new TabularQLearningOptions { LearningRate = 0.5, Discount = 0.9, Epsilon = 0 });
        float[] s = [1, 2];
        float[] s2 = [3, 4];
        bool[] mask = [true, true];
        Observe(agent, s, 1, 1f, s2, terminated: false);
        var q = new float[2];
        agent.WriteValues(s, q);
        Assert.Equal([0f, 0.5f], q);

        // Give s2 a value, then bootstrap from it: target = 0 + 0.9·max Q(s2) = 0.9·0.5.
        Observe(agent, s2, 0, 1f, s, terminated: true);
        Observe(agent, s, 0, 0f, s2, terminated: false);
        agent.WriteValues(s, q);
        Assert.Equal(0.5f * 0.9f * 0.5f, q[0], 1e-6f);
        var action = new int[1];
        agent.Act(s, mask, action);
        Assert.Equal(1, action[0]);
    }

    [Fact]
    public void It_learns_to_walk_to_the_goal_of_a_corridor()
    {
        var env = new GridWorldEnv(new HandBuilt(7, 3, b =>
        {
            b.Put(GridCell.Goal, 5, 1);
            b.SetAgent(0, 1, 1, 2);
        }, maxSteps: 30));
        var agent = new TabularQLearning(env.NumActions, new TabularQLearningOptions { LearningRate = 0.5, Epsilon = 0.2, Discount = 0.9 }, seed: 3);
        var obs = new float[env.ObservationSize];
        var next = new float[env.ObservationSize];
        var mask = new bool[env.NumActions];
        var action = new int[1];
        var reward = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        for (int episode = 0; episode < 500; episode++)
        {
            env.Reset(0);
            env.WriteObservations(obs);
            while (!terminated[0] && !truncated[0])
            {
                env.WriteActionMasks(mask);
                agent.Act(obs, mask, action);
                env.Step(action, reward, terminated, truncated);
                env.WriteObservations(next);
                agent.Observe(new Transition(obs, mask, action, reward, next, terminated, truncated));
                next.CopyTo(obs, 0);
            }

            terminated[0] = truncated[0] = false;
        }

        // Greedy rollout: turn around (2 turns) then 4 steps forward = 6 steps.
        env.Reset(0);
        int steps = 0;
        var q = new float[env.NumActions];
        var trace = new System.Text.StringBuilder();
        while (!terminated[0] && !truncated[0])
        {
            env.WriteObservations(obs);
            agent.WriteValues(obs, q);
            action[0] = Array.IndexOf(q, q.Max());
            trace.Append($"[{string.Join(",", q.Select(v => v.ToString("0.00")))}]->{action[0]} ");
            env.Step(action, reward, terminated, truncated);
            steps++;
        }

        Assert.True(terminated[0], trace.ToString());
        Assert.Equal(6, steps);
    }

    private static void Observe(TabularQLearning agent, float[] s, int a, float r, float[] s2, bool terminated) =>
        agent.Observe(new Transition(s, [true, true], [a], [r], s2, [terminated], [false]));
}
