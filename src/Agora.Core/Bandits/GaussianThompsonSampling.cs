using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Thompson sampling for Gaussian rewards of known variance, with a Gaussian prior on each arm's mean.</summary>
/// <remarks>
/// Thompson (1933); Agrawal and Goyal, "Further optimal regret bounds for Thompson sampling", AISTATS 2013. With prior
/// N(μ0, σ0²) and noise variance σ², after n pulls with reward sum S the posterior of the mean is normal with precision
/// <c>1/σ0² + n/σ²</c> and mean <c>(μ0/σ0² + S/σ²) / precision</c>. Each round draws one sample per arm and pulls the
/// largest.
/// </remarks>
public sealed class GaussianThompsonSampling : IBanditPolicy
{
    private int[] _pulls = [];
    private double[] _sums = [];
    private double[] _samples = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="noiseStandardDeviation">σ, the known reward noise.</param>
    /// <param name="priorMean">μ0.</param>
    /// <param name="priorStandardDeviation">σ0.</param>
    public GaussianThompsonSampling(double noiseStandardDeviation = 1, double priorMean = 0, double priorStandardDeviation = 1)
    {
        if (!(noiseStandardDeviation > 0) || !(priorStandardDeviation > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseStandardDeviation), "Standard deviations must be positive.");
        }

        NoiseVariance = noiseStandardDeviation * noiseStandardDeviation;
        PriorMean = priorMean;
        PriorVariance = priorStandardDeviation * priorStandardDeviation;
    }

    /// <summary>σ², the known reward noise variance.</summary>
    public double NoiseVariance { get; }

    /// <summary>μ0, the prior mean of every arm.</summary>
    public double PriorMean { get; }

    /// <summary>σ0², the prior variance of every arm.</summary>
    public double PriorVariance { get; }

    /// <inheritdoc />
    public string Name => "thompson";

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _pulls = new int[arms];
        _sums = new double[arms];
        _samples = new double[arms];
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        for (int i = 0; i < _pulls.Length; i++)
        {
            double precision = (1.0 / PriorVariance) + (_pulls[i] / NoiseVariance);
            double mean = ((PriorMean / PriorVariance) + (_sums[i] / NoiseVariance)) / precision;
            _samples[i] = rng.NextGaussian(mean, Math.Sqrt(1.0 / precision));
        }

        return ArmStatistics.ArgMaxRandomTies(_samples, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        _pulls[arm]++;
        _sums[arm] += reward;
    }
}
