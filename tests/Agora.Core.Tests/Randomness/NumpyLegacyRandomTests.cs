using Agora.Core.Randomness;

namespace Agora.Core.Tests.Randomness;

public sealed class NumpyLegacyRandomTests
{
    [Fact]
    public void Seed0FirstSampleIsNumpysKnownValue()
    {
        // np.random.seed(0); np.random.random_sample() == 0.5488135039273248
        Assert.Equal(0.5488135039273248, new NumpyLegacyRandom(0).NextDouble());
    }

    [Fact]
    public void Seed5489MatchesTheReferenceMt19937Outputs()
    {
        // Matsumoto & Nishimura's mt19937ar with init_genrand(5489): first outputs 3499211612, 581869302, 3890346734.
        var rng = new NumpyLegacyRandom(5489);
        Assert.Equal(3499211612u, rng.NextUInt32());
        Assert.Equal(581869302u, rng.NextUInt32());
        Assert.Equal(3890346734u, rng.NextUInt32());
    }

    [Fact]
    public void TheTenThousandthOutputOfDefaultSeedIsTheCpp11Value()
    {
        // C++11 [rand.predef]: the 10000th invocation of a default-constructed mt19937 (seed 5489) produces 4123659995.
        var rng = new NumpyLegacyRandom(5489);
        uint value = 0;
        for (int i = 0; i < 10000; i++)
        {
            value = rng.NextUInt32();
        }

        Assert.Equal(4123659995u, value);
    }
}
