using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Exploration;
using Agora.Core.Randomness;

namespace Agora.Neural.Exploration;

/// <summary>
/// Drives one learner (e.g. <see cref="Rl.Ppo"/>) on several single-agent environment copies, each possibly wrapped in
/// an exploration bonus, and scores every episode by its extrinsic reward.
/// </summary>
/// <remarks>
/// Copies are stepped in order on the calling thread, so a learned bonus model shared by the copies sees the same
/// transitions in the same order whatever the machine: a run is deterministic for its seeds. Episode k (counted over
/// all copies in the order they end) is reset with <c>DeriveSeed(episodeSeed, k)</c>, so learners compared on the same
/// seed meet the same sequence of levels. When a copy's episode ends, the transition carries its real final
/// observation and the copy is reset at once (Gymnasium's same-step autoreset, which <see cref="Rl.Ppo"/> expects).
/// Observations given to the learner are multiplied by <c>observationScale</c> (the gridworld's codes go up to 10).
/// The extrinsic reward is read from an <see cref="ExplorationBonusWrapper"/> or <see cref="TransitionBonusWrapper"/>
/// when the copy is one; otherwise the reward is extrinsic.
/// </remarks>
public static class BonusedEnvRunner
{
    /// <summary>Runs until <paramref name="totalSteps"/> environment steps (summed over copies) have been taken.</summary>
    /// <param name="agent">The learner; its <see cref="IAgent.Act"/> gets one row per copy.</param>
    /// <param name="envs">The copies, one agent each, all with the same sizes.</param>
    /// <param name="totalSteps">The step budget.</param>
    /// <param name="episodeSeed">Seeds the episode resets.</param>
    /// <param name="observationScale">Multiplies the observations the learner sees.</param>
    /// <returns>Every finished episode, in order.</returns>
    public static IReadOnlyList<GridEpisodeRecord> Run(IAgent agent, IReadOnlyList<IParallelEnv> envs, long totalSteps, ulong episodeSeed, float observationScale = 1f)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(envs);
        if (envs.Count == 0 || envs.Any(e => e.NumAgents != 1 || e.ObservationSize != envs[0].ObservationSize || e.NumActions != envs[0].NumActions))
        {
            throw new ArgumentException("BonusedEnvRunner needs at least one copy; every copy single-agent with the same sizes.", nameof(envs));
        }

        int n = envs.Count;
        int obsSize = envs[0].ObservationSize;
        int numActions = envs[0].NumActions;
        var observations = new float[n * obsSize];
        var nextObservations = new float[n * obsSize];
        var masks = new bool[n * numActions];
        var actions = new int[n];
        var rewards = new float[n];
        var terminated = new bool[n];
        var truncated = new bool[n];
        var returns = new double[n];
        var lengths = new int[n];
        var episodes = new List<GridEpisodeRecord>();
        long episode = 0;
        for (int i = 0; i < n; i++)
        {
            envs[i].Reset(AgoraRandom.DeriveSeed(episodeSeed, episode++));
            WriteScaled(envs[i], observations.AsSpan(i * obsSize, obsSize), observationScale);
        }

        long step = 0;
        while (step < totalSteps)
        {
            for (int i = 0; i < n; i++)
            {
                envs[i].WriteActionMasks(masks.AsSpan(i * numActions, numActions));
            }

            agent.Act(observations, masks, actions);
            for (int i = 0; i < n; i++)
            {
                IParallelEnv env = envs[i];
                env.Step(actions.AsSpan(i, 1), rewards.AsSpan(i, 1), terminated.AsSpan(i, 1), truncated.AsSpan(i, 1));
                float extrinsic = env switch
                {
                    ExplorationBonusWrapper w => w.ExtrinsicRewards[0],
                    TransitionBonusWrapper w => w.ExtrinsicRewards[0],
                    _ => rewards[i],
                };
                returns[i] += extrinsic;
                lengths[i]++;
                WriteScaled(env, nextObservations.AsSpan(i * obsSize, obsSize), observationScale);
                if (terminated[i] || truncated[i])
                {
                    episodes.Add(new GridEpisodeRecord(step + i + 1, terminated[i] && extrinsic > 0, returns[i], lengths[i]));
                    returns[i] = 0;
                    lengths[i] = 0;
                }
            }

            step += n;
            agent.Observe(new Transition(observations, masks, actions, rewards, nextObservations, terminated, truncated));
            nextObservations.AsSpan().CopyTo(observations);
            for (int i = 0; i < n; i++)
            {
                if (terminated[i] || truncated[i])
                {
                    envs[i].Reset(AgoraRandom.DeriveSeed(episodeSeed, episode++));
                    WriteScaled(envs[i], observations.AsSpan(i * obsSize, obsSize), observationScale);
                }
            }
        }

        return episodes;
    }

    private static void WriteScaled(IParallelEnv env, Span<float> destination, float scale)
    {
        env.WriteObservations(destination);
        if (scale != 1f)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(destination, scale, destination);
        }
    }
}
