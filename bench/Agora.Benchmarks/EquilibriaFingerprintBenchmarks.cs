using Agora.Core.Equilibria;
using Agora.Core.Fingerprints;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated.Strategies;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>Exact equilibrium solvers on a seeded random 6×6 game, and one Ashlock fingerprint on Axelrod's grid.</summary>
/// <remarks>
/// The 6×6 game has integer payoffs drawn uniformly from [−100, 100] with seed 6, so it is nondegenerate in practice.
/// The fingerprint is Tit For Tat's with the TFT probe, step 0.1 (121 points), 50 turns and 10 repetitions (Axelrod's
/// defaults apart from the step), serial (<c>Jobs = 1</c>), so it compares with Axelrod's serial run on one core.
/// </remarks>
[MemoryDiagnoser]
public class EquilibriaFingerprintBenchmarks
{
    private MatrixGame _game = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new AgoraRandom(6);
        var row = new double[6, 6];
        var column = new double[6, 6];
        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                row[i, j] = random.NextInt(-100, 101);
                column[i, j] = random.NextInt(-100, 101);
            }
        }

        string[] labels = ["a", "b", "c", "d", "e", "f"];
        _game = new MatrixGame("random-6x6", "Random 6x6", row, column, labels, labels);
    }

    /// <summary>Every support pair (3,969 of them).</summary>
    [Benchmark(Description = "support enumeration 6x6 (all support pairs)")]
    public int SupportEnumerationAllPairs() => SupportEnumeration.Solve(_game).Count;

    /// <summary>Only equal-size supports (923 pairs), enough for a nondegenerate game.</summary>
    [Benchmark(Description = "support enumeration 6x6 (equal sizes)")]
    public int SupportEnumerationEqualSizes() => SupportEnumeration.Solve(_game, new SupportEnumerationOptions { EqualSupportSizesOnly = true }).Count;

    /// <summary>Both polytopes' vertices, C(12, 6) = 924 candidate bases each.</summary>
    [Benchmark(Description = "vertex enumeration 6x6")]
    public int VertexEnumeration6x6() => VertexEnumeration.Solve(_game).Count;

    /// <summary>One Lemke–Howson path per label (12 paths).</summary>
    [Benchmark(Description = "Lemke-Howson 6x6, all 12 labels")]
    public int LemkeHowsonAllLabels() => LemkeHowson.SolveFromAllLabels(_game).Count;

    /// <summary>121 points × 10 matches × 50 turns, serial.</summary>
    [Benchmark(Description = "Ashlock fingerprint TFT, step 0.1, 50 turns, 10 reps, 1 job")]
    public double AshlockFingerprintTft() =>
        AshlockFingerprinter.Compute(new TitForTat(), new AshlockFingerprintOptions { Step = 0.1, Turns = 50, Repetitions = 10, Jobs = 1 }).Means[60];
}
