using Agora.Core.Environments;
using Agora.Core.Environments.Foraging;
using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// Level-Based Foraging with uniformly random actions (invalid ones included), as lb-foraging's figures are taken: one
/// env stepped and observed per call, and 64 copies in a <see cref="VectorEnv"/> (next-step autoreset; observations and
/// masks written for every copy). Resets are inside the measured time.
/// </summary>
[MemoryDiagnoser]
public class ForagingBenchmarks
{
    private const int Copies = 64;
    private ForagingEnv _env = null!;
    private VectorEnv _vector = null!;
    private AgoraRandom _rng;
    private int[] _actions = null!;
    private int[] _vectorActions = null!;
    private float[] _rewards = null!;
    private bool[] _terminated = null!;
    private bool[] _truncated = null!;
    private float[] _observations = null!;
    private ulong _episode;

    /// <summary>The environment id.</summary>
    [Params("Foraging-8x8-2p-2f-v3", "Foraging-15x15-4p-5f-v3")]
    public string Id { get; set; } = "Foraging-8x8-2p-2f-v3";

    [GlobalSetup]
    public void Setup()
    {
        _env = ForagingEnv.FromId(Id);
        _env.Reset(1);
        _vector = new VectorEnv(() => ForagingEnv.FromId(Id), Copies);
        _vector.Reset(1);
        _rng = new AgoraRandom(5);
        int n = _env.NumAgents;
        _actions = new int[n];
        _vectorActions = new int[Copies * n];
        _rewards = new float[n];
        _terminated = new bool[n];
        _truncated = new bool[n];
        _observations = new float[n * _env.ObservationSize];
    }

    [Benchmark(Description = "ForagingEnv step + observations")]
    public float Single()
    {
        for (int a = 0; a < _actions.Length; a++)
        {
            _actions[a] = _rng.NextInt(6);
        }

        _env.Step(_actions, _rewards, _terminated, _truncated);
        _env.WriteObservations(_observations);
        if (_terminated[0] || _truncated[0])
        {
            _env.Reset(++_episode);
        }

        return _rewards[0];
    }

    [Benchmark(Description = "VectorEnv.Step, 64 copies", OperationsPerInvoke = Copies)]
    public float Vector()
    {
        for (int a = 0; a < _vectorActions.Length; a++)
        {
            _vectorActions[a] = _rng.NextInt(6);
        }

        _vector.Step(_vectorActions);
        return _vector.Rewards[0];
    }
}
