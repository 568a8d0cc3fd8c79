using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>EXP3-IX: exponential weights on implicitly-explored loss estimates, with high-probability regret bounds.</summary>
/// <remarks>
/// Neu, "Explore no more: improved high-probability regret bounds for non-stochastic bandits", NeurIPS 2015. With the
/// loss ℓ = 1 − r of the pulled arm i and its probability p_i, the estimate is <c>ℓ̃_i = ℓ/(p_i + γ)</c> (the "implicit
/// exploration" γ biases it down and bounds its variance), and <c>p ∝ exp(−η·L̃)</c>. With
/// <c>η = sqrt(2 ln k / (k T))</c> and γ = η/2 the regret is O(√(kT ln k)) with high probability, not only in
/// expectation.
/// </remarks>
public sealed class Exp3Ix : IBanditPolicy
{
    private double[] _logWeights = [];
    private double[] _probabilities = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="eta">η, the learning rate (positive).</param>
    /// <param name="gamma">γ, the implicit exploration (non-negative); η/2 is Neu's choice.</param>
    public Exp3Ix(double eta, double gamma)
    {
        if (!(eta > 0) || !double.IsFinite(eta))
        {
            throw new ArgumentOutOfRangeException(nameof(eta), eta, "η must be positive and finite.");
        }

        if (!(gamma >= 0) || !double.IsFinite(gamma))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "γ must be non-negative and finite.");
        }

        Eta = eta;
        Gamma = gamma;
    }

    /// <summary>η, the learning rate.</summary>
    public double Eta { get; }

    /// <summary>γ, the implicit exploration parameter.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public string Name => "exp3-ix";

    /// <summary>Neu's tuning for a known horizon: η = sqrt(2 ln k / (k T)), γ = η / 2.</summary>
    /// <param name="arms">k.</param>
    /// <param name="horizon">T.</param>
    /// <returns>The tuned policy.</returns>
    public static Exp3Ix Tuned(int arms, long horizon)
    {
        double eta = Math.Sqrt(2 * Math.Log(Math.Max(arms, 2)) / ((double)arms * horizon));
        return new Exp3Ix(eta, eta / 2);
    }

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _logWeights = new double[arms];
        _probabilities = new double[arms];
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        ExponentialWeights.Normalise(_logWeights, _probabilities);
        return rng.NextCategorical(_probabilities);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        double loss = 1 - reward;
        _logWeights[arm] -= Eta * loss / (_probabilities[arm] + Gamma);
    }
}
