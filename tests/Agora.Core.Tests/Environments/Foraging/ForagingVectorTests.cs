using Agora.Core.Environments;
using Agora.Core.Environments.Foraging;
using Agora.Core.Randomness;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.Foraging;

public sealed class ForagingVectorTests
{
    [Theory]
    [InlineData("Foraging-8x8-2p-2f-v3")]
    [InlineData("Foraging-2s-15x15-4p-5f-coop-v3")]
    public void Vector_env_gives_the_same_trajectories_as_single_envs_under_the_same_seeds(string id)
    {
        const int copies = 5;
        const ulong seed = 42;
        var vec = new VectorEnv(() => ForagingEnv.FromId(id), copies, AutoresetMode.NextStep);
        var singles = Enumerable.Range(0, copies).Select(_ => ForagingEnv.FromId(id)).ToArray();
        var episodes = new long[copies];
        var pending = new bool[copies];
        vec.Reset(seed);
        for (int i = 0; i < copies; i++)
        {
            singles[i].Reset(AgoraRandom.DeriveSeed(seed, i));
        }

        int n = vec.NumAgents;
        int size = vec.ObservationSize;
        var rng = new AgoraRandom(7);
        var actions = new int[copies * n];
        var obs = new float[n * size];
        var masks = new bool[n * 6];
        var rewards = new float[n];
        var terminated = new bool[n];
        var truncated = new bool[n];
        int ends = 0;
        for (int step = 0; step < 400; step++)
        {
            for (int a = 0; a < actions.Length; a++)
            {
                actions[a] = rng.NextInt(6);
            }

            vec.Step(actions);
            for (int i = 0; i < copies; i++)
            {
                if (pending[i])
                {
                    // Next-step autoreset: this step reset the copy with its next episode seed.
                    pending[i] = false;
                    singles[i].Reset(AgoraRandom.DeriveSeed(AgoraRandom.DeriveSeed(seed, i), ++episodes[i]));
                    Assert.All(vec.Rewards.Slice(i * n, n).ToArray(), r => Assert.Equal(0f, r));
                }
                else
                {
                    singles[i].Step(actions.AsSpan(i * n, n), rewards, terminated, truncated);
                    Assert.Equal(rewards, vec.Rewards.Slice(i * n, n).ToArray());
                    Assert.Equal(terminated, vec.Terminated.Slice(i * n, n).ToArray());
                    pending[i] = terminated[0] || truncated[0];
                    ends += pending[i] ? 1 : 0;
                }

                singles[i].WriteObservations(obs);
                Assert.Equal(obs, vec.Observations.Slice(i * n * size, n * size).ToArray());
                singles[i].WriteActionMasks(masks);
                Assert.Equal(masks, vec.ActionMasks.Slice(i * n * 6, n * 6).ToArray());
            }
        }

        Assert.True(ends >= copies, $"only {ends} episodes ended; the autoreset path was barely exercised");
    }

    [Fact]
    public void Stepping_and_observing_allocates_nothing()
    {
        var env = ForagingEnv.FromId("Foraging-2s-15x15-4p-5f-v3");
        var vec = new VectorEnv(() => ForagingEnv.FromId("Foraging-8x8-2p-2f-v3"), 8);
        var actions = new int[4];
        var vecActions = new int[16];
        var rewards = new float[4];
        var terminated = new bool[4];
        var truncated = new bool[4];
        var obs = new float[4 * env.ObservationSize];
        var masks = new bool[24];
        var state = new float[env.StateSize];
        var rng = new AgoraRandom(3);
        env.Reset(1);
        vec.Reset(1);

        void Run(int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                for (int a = 0; a < 4; a++)
                {
                    actions[a] = rng.NextInt(6);
                }

                for (int a = 0; a < vecActions.Length; a++)
                {
                    vecActions[a] = rng.NextInt(6);
                }

                if (env.IsOver)
                {
                    env.Reset((ulong)i);
                }

                env.Step(actions, rewards, terminated, truncated);
                env.WriteObservations(obs);
                env.WriteActionMasks(masks);
                env.WriteState(state);
                vec.Step(vecActions);
            }
        }

        Run(200);
        Assert.Equal(0, AllocationMeter.SmallestOf(() => Run(5000)));
    }
}
