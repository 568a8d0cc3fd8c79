using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>EXP3: exponential weights on importance-weighted reward estimates, mixed with uniform exploration.</summary>
/// <remarks>
/// Auer, Cesa-Bianchi, Freund and Schapire, "The nonstochastic multiarmed bandit problem", SIAM J. Computing 32 (2002),
/// Algorithm Exp3 with rewards in [0, 1]: <c>p_i = (1−γ)·w_i/Σw + γ/k</c>, and after pulling i with reward x the
/// weight update <c>w_i ← w_i·exp(γ·(x/p_i)/k)</c>. With <c>γ = min(1, sqrt(k ln k / ((e−1)T)))</c> (their Corollary
/// 3.2) the expected regret against the best fixed arm is at most <c>2√(e−1)·√(T k ln k)</c> for any reward sequence,
/// adaptive adversaries included. Weights are kept as logarithms, shifted by their maximum, so they never overflow.
/// </remarks>
public sealed class Exp3 : IBanditPolicy
{
    private double[] _logWeights = [];
    private double[] _probabilities = [];

    /// <summary>Creates the policy with the exploration rate γ.</summary>
    /// <param name="gamma">γ in (0, 1].</param>
    public Exp3(double gamma)
    {
        if (!(gamma > 0 && gamma <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(gamma), gamma, "γ must lie in (0, 1].");
        }

        Gamma = gamma;
    }

    /// <summary>γ, the uniform exploration rate and learning rate.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public string Name => "exp3";

    /// <summary>Auer et al.'s tuning for a known horizon: γ = min(1, sqrt(k ln k / ((e − 1)·T))).</summary>
    /// <param name="arms">k.</param>
    /// <param name="horizon">T.</param>
    /// <returns>γ.</returns>
    public static double TunedGamma(int arms, long horizon) =>
        Math.Min(1.0, Math.Sqrt(arms * Math.Log(Math.Max(arms, 2)) / ((Math.E - 1) * horizon)));

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
        int k = _probabilities.Length;
        for (int i = 0; i < k; i++)
        {
            _probabilities[i] = ((1 - Gamma) * _probabilities[i]) + (Gamma / k);
        }

        return rng.NextCategorical(_probabilities);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        _logWeights[arm] += Gamma * (reward / _probabilities[arm]) / _logWeights.Length;
    }
}
