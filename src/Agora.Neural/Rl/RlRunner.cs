using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Spaces;

namespace Agora.Neural.Rl;

/// <summary>Drives one learning agent (discrete or continuous actions) on a single-agent <see cref="VectorEnv"/>: act, step, observe, as CleanRL's main loop.</summary>
/// <remarks>
/// The vector env must autoreset in <see cref="AutoresetMode.SameStep"/> (Gymnasium before 1.0, which CleanRL's
/// scripts assume). The transition's next observations are the <em>real</em> final observations for copies whose
/// episode just ended (CleanRL's <c>real_next_obs</c>), so a learner can bootstrap truncated episodes correctly.
/// </remarks>
public static class RlRunner
{
    /// <summary>Runs until <paramref name="totalSteps"/> environment steps (summed over copies) have been taken.</summary>
    /// <param name="agent">The learner.</param>
    /// <param name="env">The environments; one agent each, <see cref="AutoresetMode.SameStep"/>.</param>
    /// <param name="totalSteps">The step budget.</param>
    /// <param name="seed">Seeds the environments (the agent is seeded by its owner).</param>
    /// <returns>Every finished episode, in order.</returns>
    public static IReadOnlyList<EpisodeRecord> Run(IAgent agent, VectorEnv env, long totalSteps, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(env);
        if (env.NumAgents != 1 || env.Mode != AutoresetMode.SameStep)
        {
            throw new ArgumentException("RlRunner needs single-agent copies with SameStep autoreset.", nameof(env));
        }

        int n = env.Count;
        int obsSize = env.ObservationSize;
        var observations = new float[n * obsSize];
        var masks = new bool[n * env.NumActions];
        var nextObservations = new float[n * obsSize];
        var actions = new int[n];
        var returns = new double[n];
        var lengths = new int[n];
        var episodes = new List<EpisodeRecord>();
        env.Reset(seed);
        long step = 0;
        while (step < totalSteps)
        {
            env.Observations.CopyTo(observations);
            env.ActionMasks.CopyTo(masks);
            agent.Act(observations, masks, actions);
            env.Step(actions);
            step += n;
            env.Observations.CopyTo(nextObservations);
            for (int i = 0; i < n; i++)
            {
                returns[i] += env.Rewards[i];
                lengths[i]++;
                if (env.HasFinalObservation[i])
                {
                    env.FinalObservations.Slice(i * obsSize, obsSize).CopyTo(nextObservations.AsSpan(i * obsSize, obsSize));
                }
            }

            agent.Observe(new Transition(observations, masks, actions, env.Rewards, nextObservations, env.Terminated, env.Truncated));
            for (int i = 0; i < n; i++)
            {
                if (env.HasFinalObservation[i])
                {
                    episodes.Add(new EpisodeRecord(step, returns[i], lengths[i]));
                    returns[i] = 0;
                    lengths[i] = 0;
                }
            }
        }

        return episodes;
    }

    /// <summary>Runs a continuous-action learner until <paramref name="totalSteps"/> environment steps have been taken.</summary>
    /// <param name="agent">The learner.</param>
    /// <param name="env">Continuous-action environments; one agent each, <see cref="AutoresetMode.SameStep"/>.</param>
    /// <param name="totalSteps">The step budget.</param>
    /// <param name="seed">Seeds the environments (the agent is seeded by its owner).</param>
    /// <returns>Every finished episode, in order, with raw (unnormalised) returns.</returns>
    /// <remarks>
    /// The agent's actions are clipped to the action box before stepping, as Gymnasium's <c>ClipAction</c> wrapper in
    /// CleanRL's <c>ppo_continuous_action.py</c>; the transition reports the unclipped actions the agent chose.
    /// </remarks>
    public static IReadOnlyList<EpisodeRecord> Run(IContinuousAgent agent, VectorEnv env, long totalSteps, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(env);
        if (env.NumAgents != 1 || env.Mode != AutoresetMode.SameStep || env.ContinuousActionSpace is not Box box)
        {
            throw new ArgumentException("RlRunner needs single-agent continuous-action copies with SameStep autoreset.", nameof(env));
        }

        int n = env.Count;
        int obsSize = env.ObservationSize;
        int actSize = box.Length;
        var observations = new float[n * obsSize];
        var nextObservations = new float[n * obsSize];
        var actions = new float[n * actSize];
        var clipped = new float[n * actSize];
        var returns = new double[n];
        var lengths = new int[n];
        var episodes = new List<EpisodeRecord>();
        env.Reset(seed);
        long step = 0;
        while (step < totalSteps)
        {
            env.Observations.CopyTo(observations);
            agent.Act(observations, actions);
            for (int k = 0; k < actions.Length; k++)
            {
                int j = k % actSize;
                clipped[k] = Math.Clamp(actions[k], box.Low[j], box.High[j]);
            }

            env.StepContinuous(clipped);
            step += n;
            env.Observations.CopyTo(nextObservations);
            for (int i = 0; i < n; i++)
            {
                returns[i] += env.Rewards[i];
                lengths[i]++;
                if (env.HasFinalObservation[i])
                {
                    env.FinalObservations.Slice(i * obsSize, obsSize).CopyTo(nextObservations.AsSpan(i * obsSize, obsSize));
                }
            }

            agent.Observe(new ContinuousTransition(observations, actions, env.Rewards, nextObservations, env.Terminated, env.Truncated));
            for (int i = 0; i < n; i++)
            {
                if (env.HasFinalObservation[i])
                {
                    episodes.Add(new EpisodeRecord(step, returns[i], lengths[i]));
                    returns[i] = 0;
                    lengths[i] = 0;
                }
            }
        }

        return episodes;
    }
}
