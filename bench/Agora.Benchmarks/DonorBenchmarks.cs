using Agora.Core.Donor;
using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>One generation of the Donor game with 12 numeric agents: both games, selection and transmission.</summary>
[MemoryDiagnoser]
public class DonorBenchmarks
{
    private DonorPopulationRun _run = null!;
    private AgoraRandom _rng;
    private int _generation;

    [GlobalSetup]
    public void Setup()
    {
        _rng = new AgoraRandom(1);
        var population = new DonorGenome[12];
        for (int i = 0; i < population.Length; i++)
        {
            population[i] = DonorGenome.RandomParametric(ref _rng, new DonorMutation());
        }

        _run = new DonorPopulationRun(new DonorGameOptions { Variant = DonorVariant.CostlyPunishment }, population, new DonorMutation());
    }

    [Benchmark]
    public double Generation() => _run.Step(++_generation, ref _rng, select: true).Game.MeanResources;
}
