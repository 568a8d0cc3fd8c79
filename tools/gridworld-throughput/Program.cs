// Steps per second of Agora's gridworlds: one env on one thread (Step + WriteObservations, random actions, fresh level
// at every reset), 16 copies in a VectorEnv on one thread, and one env per core on all cores.
// Usage: gridworld-throughput [seconds per measurement, default 3]
using System.Diagnostics;
using Agora.Core.Environments;
using Agora.Core.Randomness;

double seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
string[] ids = ["MiniGrid-Empty-8x8-v0", "MiniGrid-DoorKey-8x8-v0", "MiniGrid-KeyCorridorS3R3-v0", "MiniGrid-MultiRoom-N6-v0"];
Console.WriteLine($"cores {Environment.ProcessorCount}, {seconds} s per measurement");
Console.WriteLine("env\tsingle steps/s\tvector16 steps/s\tall-cores steps/s");
foreach (string id in ids)
{
    EnvRegistry.TryGet(id, out EnvRegistration? registration);
    double single = Single(registration!.Create, seconds, 1);
    double vector = Vector(registration.Create, seconds);
    long total = 0;
    var threads = new Thread[Environment.ProcessorCount];
    for (int i = 0; i < threads.Length; i++)
    {
        ulong seed = (ulong)i + 10;
        threads[i] = new Thread(() => Interlocked.Add(ref total, (long)(Single(registration.Create, seconds, seed) * seconds)));
        threads[i].Start();
    }

    foreach (Thread t in threads)
    {
        t.Join();
    }

    Console.WriteLine($"{id}\t{single:F0}\t{vector:F0}\t{total / seconds:F0}");
}

static double Single(Func<IParallelEnv> create, double seconds, ulong seed)
{
    IParallelEnv env = create();
    var rng = new AgoraRandom(seed);
    var actions = new int[4096];
    for (int i = 0; i < actions.Length; i++)
    {
        actions[i] = rng.NextInt(7);
    }

    var action = new int[1];
    var reward = new float[1];
    var terminated = new bool[1];
    var truncated = new bool[1];
    var obs = new float[env.ObservationSize];
    ulong episode = seed << 32;
    env.Reset(episode);
    long steps = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        for (int k = 0; k < 1000; k++)
        {
            action[0] = actions[steps++ & 4095];
            env.Step(action, reward, terminated, truncated);
            if (terminated[0] || truncated[0])
            {
                env.Reset(++episode);
            }

            env.WriteObservations(obs);
        }
    }

    return steps / clock.Elapsed.TotalSeconds;
}

static double Vector(Func<IParallelEnv> create, double seconds)
{
    var vector = new VectorEnv(create, 16, AutoresetMode.SameStep);
    vector.Reset(1);
    var rng = new AgoraRandom(3);
    var actions = new int[16];
    long steps = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < seconds)
    {
        for (int k = 0; k < 100; k++)
        {
            for (int i = 0; i < 16; i++)
            {
                actions[i] = rng.NextInt(7);
            }

            vector.Step(actions);
            steps += 16;
        }
    }

    return steps / clock.Elapsed.TotalSeconds;
}
