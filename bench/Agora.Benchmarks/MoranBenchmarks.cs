using Agora.Core.Evolution;
using Agora.Core.Repeated;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>Moran process of Axelrod's 10 basic strategies (200-turn PD matches, birth–death, complete graph) to
/// fixation: one operation is <see cref="Runs"/> whole runs, serial, each with a fresh process and memo.</summary>
/// <remarks>The workload of docs/benchmarks/axelrod-moran.md. Axelrod's equivalent is
/// <c>for s in range(100): MoranProcess(basic_strategies, turns=200, seed=s).play()</c>.</remarks>
[MemoryDiagnoser]
public class MoranBenchmarks
{
    private static readonly string[] Basic =
    [
        "Alternator", "Anti Tit For Tat", "Bully", "Cooperator", "Cycler DC", "Defector", "Suspicious Tit For Tat",
        "Tit For Tat", "Win-Shift Lose-Stay: D", "Win-Stay Lose-Shift",
    ];

    private Strategy[] _players = null!;
    private MoranOptions _options = null!;

    /// <summary>Runs per operation.</summary>
    [Params(1, 100)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _players = [.. Basic.Select(StrategyRegistry.Create)];
        _options = new MoranOptions { RecordHistory = false };
    }

    [Benchmark(Description = "10 basic players to fixation (bd)")]
    public int ToFixation() => FixationProbability.Estimate(_players, _options, Runs, seed: 0, jobs: 1).Generations.Sum();

    [Benchmark(Description = "10 basic players to fixation (db)")]
    public int ToFixationDeathBirth() => FixationProbability.Estimate(_players, _options with { Mode = MoranMode.DeathBirth }, Runs, seed: 0, jobs: 1).Generations.Sum();
}
