using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// Gridworld steps per second: one env stepped with uniformly random actions and its 7×7×3 observation written every
/// step (what MiniGrid's <c>step</c> returns), and 16 copies in a <see cref="VectorEnv"/> on one thread.
/// </summary>
/// <remarks>
/// Every reset generates a fresh level (unbounded contexts), as MiniGrid's reset does, so generation is included,
/// amortised over the episode. Each benchmark call is one environment step (the vector call counts 16).
/// </remarks>
[MemoryDiagnoser]
public class GridWorldBenchmarks
{
    private const int Copies = 16;
    private readonly int[] _randomActions = new int[4096];
    private readonly int[] _action = new int[1];
    private readonly float[] _reward = new float[1];
    private readonly bool[] _terminated = new bool[1];
    private readonly bool[] _truncated = new bool[1];
    private readonly int[] _vectorActions = new int[Copies];
    private float[] _observation = null!;
    private IParallelEnv _env = null!;
    private VectorEnv _vector = null!;
    private int _t;
    private ulong _episode;

    /// <summary>The registered env id.</summary>
    [Params("MiniGrid-Empty-8x8-v0", "MiniGrid-DoorKey-8x8-v0", "MiniGrid-KeyCorridorS3R3-v0", "MiniGrid-MultiRoom-N6-v0")]
    public string Env { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        Assert(EnvRegistry.TryGet(Env, out EnvRegistration? registration));
        var rng = new AgoraRandom(7);
        for (int i = 0; i < _randomActions.Length; i++)
        {
            _randomActions[i] = rng.NextInt(7);
        }

        _env = registration!.Create();
        _env.Reset(0);
        _observation = new float[_env.ObservationSize];
        _vector = new VectorEnv(registration.Create, Copies, AutoresetMode.SameStep);
        _vector.Reset(1);
    }

    [Benchmark(Description = "single env: Step + WriteObservations")]
    public float SingleStep()
    {
        _action[0] = _randomActions[_t++ & 4095];
        _env.Step(_action, _reward, _terminated, _truncated);
        if (_terminated[0] || _truncated[0])
        {
            _env.Reset(++_episode);
        }

        _env.WriteObservations(_observation);
        return _reward[0];
    }

    [Benchmark(Description = "VectorEnv x16, per env step", OperationsPerInvoke = Copies)]
    public float VectorStep()
    {
        for (int i = 0; i < Copies; i++)
        {
            _vectorActions[i] = _randomActions[_t++ & 4095];
        }

        _vector.Step(_vectorActions);
        return _vector.Rewards[0];
    }

    private static void Assert(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Unknown env id.");
        }
    }
}
