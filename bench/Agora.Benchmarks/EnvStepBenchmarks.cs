using Agora.Core.Environments;
using Agora.Core.Games;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>Cost of one environment step: a single GameEnv over the 200-round prisoner's dilemma, and 16 copies in a VectorEnv.</summary>
/// <remarks>Episodes last 200 steps, so the amortised cost of resets (which build a new GameState) is included.</remarks>
[MemoryDiagnoser]
public class EnvStepBenchmarks
{
    private const int Rounds = 200;
    private const int Copies = 16;

    private readonly int[] _actions = [0, 1];
    private readonly float[] _rewards = new float[2];
    private readonly bool[] _terminated = new bool[2];
    private readonly bool[] _truncated = new bool[2];
    private readonly float[] _observations = new float[2 * 5];
    private readonly int[] _vectorActions = new int[Copies * 2];
    private GameEnv _env = null!;
    private VectorEnv _vector = null!;

    [GlobalSetup]
    public void Setup()
    {
        _env = new GameEnv(MatrixGame.PrisonersDilemma(Rounds));
        _env.Reset(1);
        _vector = new VectorEnv(() => new GameEnv(MatrixGame.PrisonersDilemma(Rounds)), Copies, AutoresetMode.SameStep);
        _vector.Reset(1);
        for (int i = 0; i < _vectorActions.Length; i++)
        {
            _vectorActions[i] = i % 2;
        }
    }

    [Benchmark(Description = "GameEnv.Step, pd x200 rounds")]
    public float GameEnvStep()
    {
        if (_env.State.IsTerminal)
        {
            _env.Reset(2);
        }

        _env.Step(_actions, _rewards, _terminated, _truncated);
        _env.WriteObservations(_observations);
        return _rewards[0];
    }

    [Benchmark(Description = "VectorEnv.Step, 16 copies of pd x200")]
    public float VectorEnvStep()
    {
        _vector.Step(_vectorActions);
        return _vector.Rewards[0];
    }
}
