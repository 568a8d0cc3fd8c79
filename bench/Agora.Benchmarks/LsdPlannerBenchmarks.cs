using Agora.Core.Bandits.Lsd;
using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// Time of the exact LSD planner (reachable-state enumeration plus backward induction over T = 40 rounds) against
/// instance size, next to the approximation planner on the same instance.
/// </summary>
/// <remarks>The state space has at most 1 + k·τmax^k states; the DP costs O(T·S·k).</remarks>
[MemoryDiagnoser]
public class LsdPlannerBenchmarks
{
    private const int Horizon = 40;
    private LsdInstance instance = null!;

    /// <summary>k.</summary>
    [Params(2, 3, 4)]
    public int Arms { get; set; }

    /// <summary>τmax.</summary>
    [Params(4, 8)]
    public int TauMax { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new AgoraRandom(7);
        instance = LsdInstance.RandomMonotone(Arms, TauMax, LsdFamily.Mixed, ref rng);
    }

    [Benchmark(Baseline = true)]
    public double ExactDp() => new LsdDpPlanner(new LsdStateSpace(instance), Horizon).OptimalValue;

    [Benchmark]
    public double Approximation() => LsdApproximationPlanner.Plan(instance, Horizon).Value;
}
