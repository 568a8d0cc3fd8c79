using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Games;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments;

public sealed class AllocationTests
{
    // Episodes far longer than the measured window, so no reset (which builds a new GameState) falls inside it.
    private const int Rounds = 10_000;
    private const int Warmup = 200;
    private const int Measured = 2_000;

    [Fact]
    public void Stepping_a_wrapped_game_env_allocates_nothing()
    {
        IParallelEnv env = new NormalizeReward(new NormalizeObservation(new EpisodeStatistics(new TimeLimit(new GameEnv(MatrixGame.PrisonersDilemma(Rounds)), Rounds))));
        var agent = new RandomAgent(1);
        var observations = new float[env.NumAgents * env.ObservationSize];
        var next = new float[observations.Length];
        var masks = new bool[env.NumAgents * env.NumActions];
        var acting = new bool[env.NumAgents];
        var state = new float[env.StateSize];
        var actions = new int[env.NumAgents];
        var rewards = new float[env.NumAgents];
        var terminated = new bool[env.NumAgents];
        var truncated = new bool[env.NumAgents];
        env.Reset(3);

        void Run(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                env.WriteObservations(observations);
                env.WriteActionMasks(masks);
                env.WriteActingAgents(acting);
                env.WriteState(state);
                agent.Act(observations, masks, actions);
                env.Step(actions, rewards, terminated, truncated);
                env.WriteObservations(next);
                agent.Observe(new Transition(observations, masks, actions, rewards, next, terminated, truncated));
            }
        }

        Run(Warmup);
        Assert.Equal(0, AllocationMeter.SmallestOf(() => Run(Measured)));
    }

    [Fact]
    public void Stepping_a_vector_env_allocates_nothing()
    {
        var vec = new VectorEnv(() => new GameEnv(MatrixGame.PrisonersDilemma(Rounds)), count: 16, AutoresetMode.SameStep);
        var agent = new RandomAgent(2);
        var actions = new int[vec.Count * vec.NumAgents];
        var states = new float[vec.Count * vec.StateSize];
        vec.Reset(9);

        void Run(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                agent.Act(vec.Observations, vec.ActionMasks, actions);
                vec.Step(actions);
                vec.WriteStates(states);
            }
        }

        Run(Warmup);
        Assert.Equal(0, AllocationMeter.SmallestOf(() => Run(Measured)));
    }

    [Fact]
    public void Stepping_wrapped_continuous_copies_in_a_vector_env_allocates_nothing()
    {
        // Episodes of 10 000 steps, so no reset falls inside the measured window.
        var vec = new VectorEnv(
            () => new NormalizeReward(new NormalizeObservation(new EpisodeStatistics(new TimeLimit(new Agora.Core.Environments.ClassicControl.PendulumEnv(Rounds), Rounds)))),
            count: 4,
            AutoresetMode.SameStep);
        var actions = new float[vec.Count * vec.ActionLength];
        vec.Reset(5);

        void Run(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                for (int k = 0; k < actions.Length; k++)
                {
                    actions[k] = ((i + k) % 5) - 2;
                }

                vec.StepContinuous(actions);
            }
        }

        Run(Warmup);
        Assert.Equal(0, AllocationMeter.SmallestOf(() => Run(Measured)));
    }
}
