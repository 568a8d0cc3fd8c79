using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Thompson sampling with a Beta(1, 1) prior per arm, for rewards in [0, 1].</summary>
/// <remarks>
/// Thompson (1933); Agrawal and Goyal, "Analysis of Thompson sampling for the multi-armed bandit problem", COLT 2012,
/// and Kaufmann, Korda and Munos (ALT 2012), who show it is asymptotically optimal for Bernoulli arms. A reward r ∈ [0, 1]
/// that is not 0 or 1 is first turned into a Bernoulli(r) success (Agrawal and Goyal's reduction), which keeps the
/// Beta posterior conjugate. That draw uses a fork of the generator handed to <see cref="SelectArm"/>, taken there, so
/// <see cref="Update"/> needs no generator and stays deterministic.
/// </remarks>
public sealed class BetaThompsonSampling : IBanditPolicy
{
    private double[] _successes = [];
    private double[] _failures = [];
    private AgoraRandom _binarize;

    /// <inheritdoc />
    public string Name => "beta-thompson";

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _successes = new double[arms];
        _failures = new double[arms];
        _binarize = new AgoraRandom(0x5EED_BE7A);
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        int best = 0;
        double bestSample = double.NegativeInfinity;
        for (int i = 0; i < _successes.Length; i++)
        {
            double sample = GammaSampler.NextBeta(1 + _successes[i], 1 + _failures[i], ref rng);
            if (sample > bestSample)
            {
                bestSample = sample;
                best = i;
            }
        }

        // Continuous posteriors tie with probability zero, so the first maximum is the argmax.
        _binarize = rng.Fork(0xB1);
        return best;
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        if (!(reward >= 0 && reward <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(reward), reward, "Beta-Thompson sampling needs rewards in [0, 1].");
        }

        bool success = reward == 1 || (reward > 0 && _binarize.NextDouble() < reward);
        if (success)
        {
            _successes[arm]++;
        }
        else
        {
            _failures[arm]++;
        }
    }
}
