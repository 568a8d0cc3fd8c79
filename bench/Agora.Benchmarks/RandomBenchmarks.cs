using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Agora.Benchmarks;

/// <summary>
/// Per-call cost of <see cref="AgoraRandom"/> draws against <see cref="Random"/>, one category per kind of draw.
/// </summary>
/// <remarks>
/// Each benchmark makes <see cref="Calls"/> draws so that loop and call overheads are amortised and the reported time
/// is per draw (OperationsPerInvoke). Results are summed and returned so the JIT cannot discard the draws.
/// The baseline is a seeded <c>new Random(seed)</c>, the form reproducible code would have to use; note that .NET
/// implements seeded Random with its legacy (pre-.NET 6) algorithm, while unseeded Random uses xoshiro256** too.
/// System.Random has no normal sampler, so its Gaussian baseline is the same Marsaglia polar method as AgoraRandom
/// uses, written over Random.NextDouble.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RandomBenchmarks
{
    private const int Calls = 1000;
    private const int Seed = 42;

    // Not readonly: AgoraRandom is a mutable struct, and a readonly field would make every call draw from a defensive copy.
    private AgoraRandom agora;
    private Random system = null!;

    [GlobalSetup]
    public void Setup()
    {
        agora = new AgoraRandom(Seed);
        system = new Random(Seed);
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("UInt64")]
    public ulong AgoraNextUInt64()
    {
        ulong sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += agora.NextUInt64();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true), BenchmarkCategory("UInt64")]
    public ulong SystemNextInt64()
    {
        // The closest System.Random call: 63 random bits rather than 64.
        ulong sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += (ulong)system.NextInt64();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("Double")]
    public double AgoraNextDouble()
    {
        double sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += agora.NextDouble();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true), BenchmarkCategory("Double")]
    public double SystemNextDouble()
    {
        double sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += system.NextDouble();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("Int(10)")]
    public int AgoraNextInt10()
    {
        int sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += agora.NextInt(10);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true), BenchmarkCategory("Int(10)")]
    public int SystemNext10()
    {
        int sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += system.Next(10);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls), BenchmarkCategory("Gaussian")]
    public double AgoraNextGaussian()
    {
        double sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += agora.NextGaussian();
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Calls, Baseline = true), BenchmarkCategory("Gaussian")]
    public double SystemPolarGaussian()
    {
        double sum = 0;
        for (int i = 0; i < Calls; i++)
        {
            sum += PolarGaussian(system);
        }

        return sum;
    }

    private static double PolarGaussian(Random random)
    {
        while (true)
        {
            double u = (2.0 * random.NextDouble()) - 1.0;
            double v = (2.0 * random.NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0.0 && s < 1.0)
            {
                return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
            }
        }
    }
}
