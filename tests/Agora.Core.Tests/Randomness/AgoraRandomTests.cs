using Agora.Core.Randomness;
using CsCheck;

namespace Agora.Core.Tests.Randomness;

public sealed class AgoraRandomTests
{
    // Known-answer vectors, copied by hand from tools/rng-reference/vectors.txt (the output of the independent C
    // program tools/rng-reference/rng_vectors.c). Never edit these to match the C#; regenerate them from the C program.
    private static readonly ulong[] SplitMix64Seed0 =
    [
        0xe220a8397b1dcdafUL, 0x6e789e6aa1b965f4UL, 0x06c45d188009454fUL, 0xf88bb8a8724c81ecUL,
    ];

    private static readonly Dictionary<ulong, ulong[]> Outputs = new()
    {
        [0] =
        [
            0x99ec5f36cb75f2b4UL, 0xbf6e1f784956452aUL, 0x1a5f849d4933e6e0UL, 0x6aa594f1262d2d2cUL,
            0xbba5ad4a1f842e59UL, 0xffef8375d9ebcacaUL, 0x6c160deed2f54c98UL, 0x8920ad648fc30a3fUL,
        ],
        [1] =
        [
            0xb3f2af6d0fc710c5UL, 0x853b559647364ceaUL, 0x92f89756082a4514UL, 0x642e1c7bc266a3a7UL,
            0xb27a48e29a233673UL, 0x24c123126ffda722UL, 0x123004ef8df510e6UL, 0x61954dcc47b1e89dUL,
        ],
        [42] =
        [
            0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL, 0xecb8ad4703b360a1UL,
            0xfde6dc7fe2ec5e64UL, 0xc50da53101795238UL, 0xb82154855a65ddb2UL, 0xd99a2743ebe60087UL,
        ],
    };

    // Printed with %.17g, which round-trips every double exactly.
    private static readonly Dictionary<ulong, double[]> Doubles = new()
    {
        [0] = [0.60126299941790484, 0.74777409254723981, 0.10301998939503632, 0.4165890778296456],
        [1] = [0.70292183315885048, 0.52043661993885693, 0.5741057000197225, 0.39132860204190445],
        [42] = [0.083862971059882163, 0.37898025066266861, 0.68004341102813937, 0.92469294532538759],
    };

    public static TheoryData<ulong> VectorSeeds => [0UL, 1UL, 42UL];

    [Fact]
    public void SplitMix64_matches_the_reference_for_seed_0()
    {
        ulong state = 0;
        foreach (ulong expected in SplitMix64Seed0)
        {
            Assert.Equal(expected, SplitMix64.Next(ref state));
        }
    }

    [Theory]
    [MemberData(nameof(VectorSeeds))]
    public void NextUInt64_matches_the_reference_vectors(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        foreach (ulong expected in Outputs[seed])
        {
            Assert.Equal(expected, rng.NextUInt64());
        }
    }

    [Theory]
    [MemberData(nameof(VectorSeeds))]
    public void NextDouble_matches_the_reference_vectors_bit_for_bit(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        double[] expected = Doubles[seed];
        for (int i = 0; i < expected.Length; i++)
        {
            double actual = rng.NextDouble();
            Assert.Equal(BitConverter.DoubleToUInt64Bits(expected[i]), BitConverter.DoubleToUInt64Bits(actual));

            // The doubles are the top 53 bits of the corresponding uint64 outputs.
            Assert.Equal(Math.ScaleB(Outputs[seed][i] >> 11, -53), actual);
        }
    }

    [Fact]
    public void Algorithm_version_is_1() => Assert.Equal(1, AgoraRandom.AlgorithmVersion);

    [Theory]
    [InlineData(10)]
    [InlineData(7)]
    public void NextInt_is_in_range_and_roughly_uniform(int n)
    {
        // Chi-square goodness of fit with n - 1 degrees of freedom. The seed is fixed, so the test is deterministic;
        // the threshold is loose (for df = 9 the 1e-6 upper quantile is about 45, for df = 6 about 38) so that it only
        // catches gross bias, such as a broken reduction or a stuck bit.
        const int draws = 100_000;
        var rng = new AgoraRandom(12345);
        var counts = new int[n];
        for (int i = 0; i < draws; i++)
        {
            int x = rng.NextInt(n);
            Assert.InRange(x, 0, n - 1);
            counts[x]++;
        }

        double expected = (double)draws / n;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chiSquare < 45.0, $"chi-square {chiSquare:F2} with {n - 1} degrees of freedom; counts {string.Join(",", counts)}");
    }

    [Fact]
    public void NextInt_rejects_an_empty_range()
    {
        var rng = new AgoraRandom(0);
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextInt(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => rng.NextUInt64(0UL));
    }

    [Fact]
    public void NextInt_of_1_is_always_0()
    {
        var rng = new AgoraRandom(3);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(0, rng.NextInt(1));
        }
    }

    [Fact]
    public void NextInt_is_below_n_for_random_seeds_and_n() =>
        Gen.Select(Gen.ULong, Gen.Int[1, int.MaxValue]).Sample((seed, n) =>
        {
            var rng = new AgoraRandom(seed);
            for (int i = 0; i < 16; i++)
            {
                int x = rng.NextInt(n);
                Assert.InRange(x, 0, n - 1);
            }
        });

    [Fact]
    public void NextInt_with_bounds_stays_within_them() =>
        Gen.Select(Gen.ULong, Gen.Int, Gen.Int).Sample((seed, a, b) =>
        {
            if (a == b)
            {
                return;
            }

            int min = Math.Min(a, b);
            int max = Math.Max(a, b);
            var rng = new AgoraRandom(seed);
            for (int i = 0; i < 16; i++)
            {
                int x = rng.NextInt(min, max);
                Assert.InRange(x, min, max - 1);
            }
        });

    [Fact]
    public void NextInt_with_the_full_int_range_does_not_overflow()
    {
        var rng = new AgoraRandom(9);
        for (int i = 0; i < 1000; i++)
        {
            int x = rng.NextInt(int.MinValue, int.MaxValue);
            Assert.True(x < int.MaxValue);
        }
    }

    [Fact]
    public void NextDouble_is_in_the_unit_interval_for_random_seeds() =>
        Gen.ULong.Sample(seed =>
        {
            var rng = new AgoraRandom(seed);
            for (int i = 0; i < 16; i++)
            {
                double x = rng.NextDouble();
                Assert.True(x >= 0.0 && x < 1.0, $"{x:R}");
            }
        });

    [Fact]
    public void NextDouble_covers_the_unit_interval()
    {
        var rng = new AgoraRandom(77);
        double min = 1.0;
        double max = 0.0;
        double sum = 0.0;
        const int draws = 100_000;
        for (int i = 0; i < draws; i++)
        {
            double x = rng.NextDouble();
            Assert.True(x >= 0.0 && x < 1.0, $"{x:R}");
            min = Math.Min(min, x);
            max = Math.Max(max, x);
            sum += x;
        }

        Assert.True(min < 1e-3);
        Assert.True(max > 1 - 1e-3);

        // Mean of U(0,1) is 1/2 with standard error sqrt(1/12 / n) ≈ 0.00091; allow 5 standard errors.
        Assert.InRange(sum / draws, 0.5 - 0.0046, 0.5 + 0.0046);
    }

    [Fact]
    public void NextGaussian_has_mean_0_and_variance_1()
    {
        // Over n = 200,000 standard normal draws the sample mean has standard error 1/sqrt(n) ≈ 0.00224, and the
        // sample variance has standard error sqrt(2/n) ≈ 0.00316 (variance of s² is (μ4 - σ⁴)/n = 2/n for a normal).
        // Both tolerances are 5 standard errors (0.0112 and 0.0158): a correct generator fails with probability below
        // 1e-6, and the fixed seed makes the outcome deterministic anyway, while a wrong scale (for instance a missing
        // square root or a factor of 2) would be off by far more.
        const int n = 200_000;
        var rng = new AgoraRandom(2024);
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < n; i++)
        {
            double x = rng.NextGaussian();
            Assert.True(double.IsFinite(x));
            sum += x;
            sumSquares += x * x;
        }

        double mean = sum / n;
        double variance = (sumSquares - (n * mean * mean)) / (n - 1);
        Assert.InRange(mean, -5 * 0.00224, 5 * 0.00224);
        Assert.InRange(variance, 1 - (5 * 0.00316), 1 + (5 * 0.00316));
    }

    [Fact]
    public void NextGaussian_with_parameters_shifts_and_scales()
    {
        var a = new AgoraRandom(5);
        var b = new AgoraRandom(5);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(3.0 + (2.0 * a.NextGaussian()), b.NextGaussian(3.0, 2.0));
        }
    }

    [Fact]
    public void Split_gives_a_different_stream_and_advances_the_parent()
    {
        var parent = new AgoraRandom(42);
        var untouched = parent;

        var child = parent.Split();

        // The child is seeded by the parent's first output, and the parent moved on by exactly one output.
        var reference = untouched;
        ulong childSeed = reference.NextUInt64();
        Assert.Equal(Take(new AgoraRandom(childSeed), 8), Take(child, 8));
        Assert.Equal(Take(reference, 8), Take(parent, 8));
        Assert.NotEqual(Take(untouched, 8), Take(parent, 8));

        // The child's stream is not the parent's, before or after the split.
        Assert.NotEqual(Take(parent, 8), Take(child, 8));
        Assert.NotEqual(Take(untouched, 8), Take(child, 8));

        // Two successive splits differ.
        var second = parent.Split();
        Assert.NotEqual(Take(child, 8), Take(second, 8));
    }

    [Fact]
    public void Fork_does_not_advance_the_parent()
    {
        var parent = new AgoraRandom(7);
        var before = Take(parent, 8);

        _ = parent.Fork(1UL);
        _ = parent.Fork("trial");

        Assert.Equal(before, Take(parent, 8));
    }

    [Fact]
    public void Fork_with_equal_keys_gives_equal_streams()
    {
        var parent = new AgoraRandom(7);
        Assert.Equal(Take(parent.Fork(99UL), 8), Take(parent.Fork(99UL), 8));
        Assert.Equal(Take(parent.Fork("arm=3/seed#7"), 8), Take(parent.Fork("arm=3/seed#7"), 8));
        Assert.Equal(Take(parent.Fork(StableHash.Of("x")), 8), Take(parent.Fork("x"), 8));
    }

    [Fact]
    public void Fork_with_different_keys_gives_different_streams()
    {
        var parent = new AgoraRandom(7);
        Assert.NotEqual(Take(parent.Fork(0UL), 8), Take(parent.Fork(1UL), 8));
        Assert.NotEqual(Take(parent.Fork("a"), 8), Take(parent.Fork("b"), 8));
        Assert.NotEqual(Take(parent, 8), Take(parent.Fork(0UL), 8));
    }

    [Fact]
    public void Fork_depends_on_the_parent_state()
    {
        var parent = new AgoraRandom(7);
        var forkBefore = Take(parent.Fork(5UL), 8);
        parent.NextUInt64();
        Assert.NotEqual(forkBefore, Take(parent.Fork(5UL), 8));
        Assert.NotEqual(Take(new AgoraRandom(1).Fork(5UL), 8), Take(new AgoraRandom(2).Fork(5UL), 8));
    }

    [Fact]
    public void DeriveSeed_is_stable()
    {
        // Regression guard for algorithm version 1: these values were computed once, when this test was written, and
        // pin the behaviour of DeriveSeed (Fork + StableHash + SplitMix64 + xoshiro256**). Trial seeds of stored runs
        // depend on them, so if any changes the change is breaking and AgoraRandom.AlgorithmVersion must be bumped.
        Assert.Equal(0xca0bcd6730a4ca78UL, AgoraRandom.DeriveSeed(0, "a=1#0"));
        Assert.Equal(0x1f4983b38f951b40UL, AgoraRandom.DeriveSeed(42, "trial"));
        Assert.Equal(0x8b09adc8c5f2bf63UL, AgoraRandom.DeriveSeed(42, 7L));
        Assert.Equal(0xde95ae0d1f7b9730UL, AgoraRandom.DeriveSeed(1, -1L));
    }

    [Fact]
    public void DeriveSeed_is_a_pure_function_of_seed_and_key()
    {
        Assert.Equal(AgoraRandom.DeriveSeed(3, "k"), AgoraRandom.DeriveSeed(3, "k"));
        Assert.NotEqual(AgoraRandom.DeriveSeed(3, "k"), AgoraRandom.DeriveSeed(4, "k"));
        Assert.NotEqual(AgoraRandom.DeriveSeed(3, "k"), AgoraRandom.DeriveSeed(3, "l"));
        Assert.NotEqual(AgoraRandom.DeriveSeed(3, 0L), AgoraRandom.DeriveSeed(3, 1L));
        Assert.Equal(new AgoraRandom(3).Fork("k").NextUInt64(), AgoraRandom.DeriveSeed(3, "k"));
    }

    [Fact]
    public void Copying_the_struct_copies_the_stream()
    {
        var original = new AgoraRandom(11);
        original.NextUInt64();

        var copy = original;
        var fromCopy = Take(copy, 8);
        var fromOriginal = Take(original, 8);
        Assert.Equal(fromOriginal, fromCopy);

        // Advancing the copy leaves the original where it was.
        copy.NextUInt64();
        copy.NextGaussian();
        Assert.Equal(fromOriginal, Take(original, 8));
    }

    [Fact]
    public void Shuffle_is_a_permutation()
    {
        var rng = new AgoraRandom(8);
        int[] items = Enumerable.Range(0, 50).ToArray();
        rng.Shuffle<int>(items);
        Assert.Equal(Enumerable.Range(0, 50), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), items);
    }

    [Fact]
    public void NextCategorical_never_picks_a_zero_weight()
    {
        var rng = new AgoraRandom(13);
        double[] weights = [0.0, 1.0, 0.0, 3.0, 0.0];
        for (int i = 0; i < 10_000; i++)
        {
            int k = rng.NextCategorical(weights);
            Assert.True(k is 1 or 3, $"picked {k}");
        }

        Assert.Throws<ArgumentException>(() => rng.NextCategorical([0.0, 0.0]));
        Assert.Throws<ArgumentException>(() => rng.NextCategorical([]));
    }

    /// <summary>The next <paramref name="count"/> outputs of a copy of <paramref name="rng"/> (the caller's is untouched).</summary>
    private static ulong[] Take(AgoraRandom rng, int count)
    {
        var result = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = rng.NextUInt64();
        }

        return result;
    }
}
