using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Exploration;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.GridWorld;

public sealed class GridAllocationTests
{
    [Fact]
    public void Stepping_a_gridworld_with_bonus_and_writing_everything_allocates_nothing()
    {
        // Two agents in KeyCorridor with a product bonus; the step limit is far beyond the window, so no reset falls in it.
        var grid = new GridWorldEnv(new KeyCorridorTask(3, 4), new GridWorldOptions { NumAgents = 2, MaxSteps = 100_000 });
        IParallelEnv env = new ExplorationBonusWrapper(grid, new ProductBonus(new EpisodicCountBonus(), new GlobalCountBonus()), new GridPositionKeys(grid), 0.1);
        var agent = new RandomAgent(1);
        var observations = new float[env.NumAgents * env.ObservationSize];
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
            for (int i = 0; i < steps && !terminated[0]; i++)
            {
                env.WriteObservations(observations);
                env.WriteActionMasks(masks);
                env.WriteActingAgents(acting);
                env.WriteState(state);
                agent.Act(observations, masks, actions);
                env.Step(actions, rewards, terminated, truncated);
            }
        }

        // Warm up long enough for the count tables to have seen every reachable cell.
        Run(20_000);
        Assert.Equal(0, AllocationMeter.SmallestOf(() => Run(2_000)));
    }
}
