using Agora.Core.Randomness;

namespace Agora.Core.Environments;

/// <summary>A measured stepping rate.</summary>
/// <param name="Steps">Environment steps taken (each copy's step counts once).</param>
/// <param name="Seconds">Wall-clock seconds taken.</param>
public sealed record StepRate(long Steps, double Seconds)
{
    /// <summary>Steps per second.</summary>
    public double StepsPerSecond => Steps / Seconds;
}

/// <summary>
/// Random-action stepping rates of an environment, single and vectorised, the way lb-foraging's figures are taken:
/// uniform actions over the whole action space (invalid ones included), observations written after every step, resets
/// counted in the time. Continuous-action environments get actions sampled from their box.
/// </summary>
public static class StepBenchmark
{
    private const int Batch = 1024;

    /// <summary>Steps one environment on the calling thread for about <paramref name="duration"/>.</summary>
    /// <param name="factory">Creates the environment.</param>
    /// <param name="duration">How long to run.</param>
    /// <param name="time">The clock.</param>
    /// <param name="seed">Seeds episodes and actions.</param>
    /// <returns>The rate.</returns>
    public static StepRate Single(Func<IParallelEnv> factory, TimeSpan duration, TimeProvider time, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(time);
        IParallelEnv env = factory();
        int n = env.NumAgents;
        var actions = new int[n];
        Spaces.Box? box = env.ContinuousActionSpace;
        var floats = new float[n * (box?.Length ?? 0)];
        var rewards = new float[n];
        var terminated = new bool[n];
        var truncated = new bool[n];
        var observations = new float[n * env.ObservationSize];
        var rng = new AgoraRandom(seed);
        long episode = 0;
        env.Reset(AgoraRandom.DeriveSeed(seed, episode));
        long steps = 0;
        long start = time.GetTimestamp();
        while (time.GetElapsedTime(start) < duration)
        {
            for (int k = 0; k < Batch; k++)
            {
                if (box is null)
                {
                    for (int a = 0; a < n; a++)
                    {
                        actions[a] = rng.NextInt(env.NumActions);
                    }

                    env.Step(actions, rewards, terminated, truncated);
                }
                else
                {
                    SampleContinuous(box, ref rng, floats);
                    env.StepContinuous(floats, rewards, terminated, truncated);
                }

                env.WriteObservations(observations);
                if (terminated[0] || truncated[0])
                {
                    env.Reset(AgoraRandom.DeriveSeed(seed, ++episode));
                }
            }

            steps += Batch;
        }

        return new StepRate(steps, time.GetElapsedTime(start).TotalSeconds);
    }

    /// <summary>
    /// Steps <paramref name="copies"/> copies through <see cref="VectorEnv"/> (next-step autoreset) for about
    /// <paramref name="duration"/>, split over <paramref name="threads"/> threads that each own a <see cref="VectorEnv"/>
    /// of their share of the copies.
    /// </summary>
    /// <param name="factory">Creates one copy.</param>
    /// <param name="copies">Total copies; at least <paramref name="threads"/>.</param>
    /// <param name="threads">Threads; positive.</param>
    /// <param name="duration">How long to run.</param>
    /// <param name="time">The clock.</param>
    /// <param name="seed">The root seed.</param>
    /// <returns>The combined rate.</returns>
    public static StepRate Vectorised(Func<IParallelEnv> factory, int copies, int threads, TimeSpan duration, TimeProvider time, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, threads);
        var vectors = new VectorEnv[threads];
        for (int t = 0; t < threads; t++)
        {
            int share = (copies / threads) + (t < copies % threads ? 1 : 0);
            vectors[t] = new VectorEnv(factory, share);
            vectors[t].Reset(AgoraRandom.DeriveSeed(seed, t));
        }

        var counts = new long[threads];
        long start = time.GetTimestamp();
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() => counts[index] = Run(vectors[index], duration, time, start, AgoraRandom.DeriveSeed(seed ^ 0x5eed, index))) { IsBackground = true };
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        return new StepRate(counts.Sum(), time.GetElapsedTime(start).TotalSeconds);
    }

    private static long Run(VectorEnv vector, TimeSpan duration, TimeProvider time, long start, ulong seed)
    {
        var rng = new AgoraRandom(seed);
        var actions = new int[vector.Count * vector.NumAgents];
        Spaces.Box? box = vector.ContinuousActionSpace;
        var floats = new float[actions.Length * vector.ActionLength];
        long steps = 0;
        int batch = Math.Max(1, Batch / vector.Count);
        while (time.GetElapsedTime(start) < duration)
        {
            for (int k = 0; k < batch; k++)
            {
                if (box is null)
                {
                    for (int a = 0; a < actions.Length; a++)
                    {
                        actions[a] = rng.NextInt(vector.NumActions);
                    }

                    vector.Step(actions);
                }
                else
                {
                    SampleContinuous(box, ref rng, floats);
                    vector.StepContinuous(floats);
                }

            }

            steps += (long)batch * vector.Count;
        }

        return steps;
    }

    /// <summary>Fills <paramref name="destination"/> with consecutive samples of <paramref name="box"/>.</summary>
    private static void SampleContinuous(Spaces.Box box, ref AgoraRandom rng, Span<float> destination)
    {
        for (int i = 0; i + box.Length <= destination.Length; i += box.Length)
        {
            box.Sample(ref rng, destination.Slice(i, box.Length));
        }
    }
}
