using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>Match throughput: one operation is one whole match of <see cref="Turns"/> turns, so turns/s = Turns · 1e9 / Mean (ns).</summary>
/// <remarks>Each invocation plays a whole match of <see cref="Turns"/> turns of pd in place (buffers reused, nothing
/// allocated per turn); the per-match reset and seeding are included.</remarks>
[MemoryDiagnoser]
public class MatchBenchmarks
{
    private Match _tftVsRandom = null!;
    private Match _memoryOneVsFsm = null!;
    private ulong _seed;

    /// <summary>Turns per match.</summary>
    [Params(200, 10_000)]
    public int Turns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var game = NormalFormGames.PrisonersDilemma();
        _tftVsRandom = new Match(game, new TitForTat(), new RandomStrategy(), new MatchOptions { Turns = Turns });
        _memoryOneVsFsm = new Match(game, ZeroDeterminantPlayer.Extort2(), FsmPlayer.Library().First(f => f().Name == "Predator")(), new MatchOptions { Turns = Turns });
        _tftVsRandom.PlayInPlace(0);
        _memoryOneVsFsm.PlayInPlace(0);
    }

    [Benchmark(Description = "TFT vs Random")]
    public double TitForTatVersusRandom() => _tftVsRandom.PlayInPlace(++_seed).Score0 / Turns;

    [Benchmark(Description = "ZD-Extort-2 (memory-one) vs Predator (FSM)")]
    public double MemoryOneVersusFsm() => _memoryOneVsFsm.PlayInPlace(++_seed).Score0 / Turns;
}
