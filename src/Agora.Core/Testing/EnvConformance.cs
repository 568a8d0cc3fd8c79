using Agora.Core.Environments;
using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Testing;

/// <summary>
/// Checks of the <see cref="IParallelEnv"/> contract, chiefly seed determinism, in the spirit of PettingZoo's
/// <c>parallel_seed_test</c> and <c>parallel_api_test</c>.
/// </summary>
/// <remarks>
/// Two environments from the factory are reset with the same seed and driven by the same random legal actions; every
/// observation, mask, acting set, state, reward and flag must be bit-identical. Along the way: the declared spaces match
/// the sizes, every acting agent has a legal action, observations and states are finite, and after each episode both
/// are reset with the next seed <c>AgoraRandom.DeriveSeed(seed, episode)</c>. A continuous-action environment is driven
/// through <see cref="IParallelEnv.StepContinuous"/> with actions sampled from its box (one-entry masks).
/// </remarks>
public static class EnvConformance
{
    /// <summary>Runs the checks for <paramref name="steps"/> steps.</summary>
    /// <param name="factory">Creates a fresh, independent environment on every call.</param>
    /// <param name="steps">The number of steps; positive.</param>
    /// <param name="seed">The seed of the first episode and of the action choices.</param>
    /// <exception cref="ConformanceException">A check failed.</exception>
    public static void Check(Func<IParallelEnv> factory, int steps = 1000, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        IParallelEnv a = factory();
        IParallelEnv b = factory();
        if (ReferenceEquals(a, b))
        {
            throw new ConformanceException("The factory returned the same environment twice; it must create a new one on every call.");
        }

        CheckShape(a);
        var left = new Buffers(a);
        var right = new Buffers(b);
        var rng = new AgoraRandom(seed);
        long episode = 0;
        a.Reset(seed);
        b.Reset(seed);
        for (int step = 0; step < steps; step++)
        {
            left.Read(a);
            right.Read(b);
            left.RequireEqual(right, step, "after reset or step");
            left.RequireValid(step);
            if (a.ContinuousActionSpace is Box box)
            {
                for (int agent = 0; agent < a.NumAgents; agent++)
                {
                    box.Sample(ref rng, left.ContinuousActions.AsSpan(agent * box.Length, box.Length));
                }

                a.StepContinuous(left.ContinuousActions, left.Rewards, left.Terminated, left.Truncated);
                b.StepContinuous(left.ContinuousActions, right.Rewards, right.Terminated, right.Truncated);
            }
            else
            {
                for (int agent = 0; agent < a.NumAgents; agent++)
                {
                    ReadOnlySpan<bool> mask = left.Masks.AsSpan(agent * a.NumActions, a.NumActions);
                    left.Actions[agent] = Math.Max(0, MaskSampling.Pick(ref rng, mask));
                }

                a.Step(left.Actions, left.Rewards, left.Terminated, left.Truncated);
                b.Step(left.Actions, right.Rewards, right.Terminated, right.Truncated);
            }

            left.RequireSameStepResult(right, step);
            if (Ended(left.Terminated, left.Truncated))
            {
                episode++;
                ulong next = AgoraRandom.DeriveSeed(seed, episode);
                a.Reset(next);
                b.Reset(next);
            }
        }
    }

    private static void CheckShape(IParallelEnv env)
    {
        if (env.NumAgents <= 0 || env.NumActions <= 0 || env.ObservationSize < 0 || env.StateSize < 0)
        {
            throw new ConformanceException($"Invalid sizes: {env.NumAgents} agents, {env.NumActions} actions, observation {env.ObservationSize}, state {env.StateSize}.");
        }

        if (env.ObservationSpace.Length != env.ObservationSize || env.ActionSpace.Size != env.NumActions)
        {
            throw new ConformanceException($"The spaces ({env.ObservationSpace.Length} floats, {env.ActionSpace.Size} actions) disagree with ObservationSize {env.ObservationSize} and NumActions {env.NumActions}.");
        }

        if (env.ContinuousActionSpace is Box box && (box.Length == 0 || env.NumActions != 1))
        {
            throw new ConformanceException($"A continuous-action environment needs a non-empty action box ({box.Length} floats) and NumActions 1 (has {env.NumActions}).");
        }
    }

    private static bool Ended(ReadOnlySpan<bool> terminated, ReadOnlySpan<bool> truncated)
    {
        for (int i = 0; i < terminated.Length; i++)
        {
            if (!terminated[i] && !truncated[i])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Buffers
    {
        private readonly IParallelEnv _env;

        public Buffers(IParallelEnv env)
        {
            _env = env;
            Observations = new float[env.NumAgents * env.ObservationSize];
            Masks = new bool[env.NumAgents * env.NumActions];
            Acting = new bool[env.NumAgents];
            State = new float[env.StateSize];
            Actions = new int[env.NumAgents];
            ContinuousActions = new float[env.NumAgents * (env.ContinuousActionSpace?.Length ?? 0)];
            Rewards = new float[env.NumAgents];
            Terminated = new bool[env.NumAgents];
            Truncated = new bool[env.NumAgents];
        }

        public float[] Observations { get; }

        public bool[] Masks { get; }

        public bool[] Acting { get; }

        public float[] State { get; }

        public int[] Actions { get; }

        public float[] ContinuousActions { get; }

        public float[] Rewards { get; }

        public bool[] Terminated { get; }

        public bool[] Truncated { get; }

        public void Read(IParallelEnv env)
        {
            env.WriteObservations(Observations);
            env.WriteActionMasks(Masks);
            env.WriteActingAgents(Acting);
            env.WriteState(State);
        }

        public void RequireEqual(Buffers other, int step, string when)
        {
            Same(Observations, other.Observations, step, $"observations {when}");
            Same(Masks, other.Masks, step, $"action masks {when}");
            Same(Acting, other.Acting, step, $"acting agents {when}");
            Same(State, other.State, step, $"state {when}");
        }

        public void RequireSameStepResult(Buffers other, int step)
        {
            Same(Rewards, other.Rewards, step, "rewards");
            Same(Terminated, other.Terminated, step, "terminated flags");
            Same(Truncated, other.Truncated, step, "truncated flags");
            Finite(Rewards, step, "rewards");
        }

        public void RequireValid(int step)
        {
            Finite(Observations, step, "observations");
            Finite(State, step, "state");
            bool anyActing = false;
            for (int agent = 0; agent < _env.NumAgents; agent++)
            {
                if (!Acting[agent])
                {
                    continue;
                }

                anyActing = true;
                if (Masks.AsSpan(agent * _env.NumActions, _env.NumActions).IndexOf(true) < 0)
                {
                    throw new ConformanceException($"Step {step}: agent {agent} must act but its action mask is all false.");
                }
            }

            if (!anyActing)
            {
                throw new ConformanceException($"Step {step}: the episode is running but no agent acts.");
            }
        }

        private static void Same<T>(T[] left, T[] right, int step, string what)
            where T : IEquatable<T>
        {
            for (int i = 0; i < left.Length; i++)
            {
                if (!left[i].Equals(right[i]))
                {
                    throw new ConformanceException($"Step {step}: two environments reset with the same seed differ in {what} at index {i} ({left[i]} vs {right[i]}).");
                }
            }
        }

        private static void Finite(float[] values, int step, string what)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!float.IsFinite(values[i]))
                {
                    throw new ConformanceException($"Step {step}: entry {i} of the {what} is {values[i]}.");
                }
            }
        }
    }
}
