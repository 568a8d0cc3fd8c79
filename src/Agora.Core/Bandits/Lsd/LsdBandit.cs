using Agora.Core.Randomness;

namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// The LSD bandit environment of the spec, <c>LsdBandit(k, τmax, μ, σ)</c>: it tracks the signed last-switch states and
/// pays noisy rewards with mean μ_a(τ_a).
/// </summary>
/// <remarks>
/// Rewards are Bernoulli(μ) when <see cref="NoiseStandardDeviation"/> is null (the default, as the learner assumes), and
/// N(μ, σ²) otherwise. <see cref="Pull"/> reads the state before the round, then applies <see cref="LsdDynamics.Step"/>.
/// <threadsafety>Stateful and not thread-safe; one instance per run.</threadsafety>
/// </remarks>
public sealed class LsdBandit
{
    private readonly int[] _state;

    /// <summary>Creates the environment at the rested start.</summary>
    /// <param name="instance">The payoffs.</param>
    /// <param name="noiseStandardDeviation">Null for Bernoulli rewards; otherwise σ &gt; 0 of Gaussian noise.</param>
    public LsdBandit(LsdInstance instance, double? noiseStandardDeviation = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (noiseStandardDeviation is double s && !(s > 0 && double.IsFinite(s)))
        {
            throw new ArgumentOutOfRangeException(nameof(noiseStandardDeviation), s, "σ must be positive and finite.");
        }

        Instance = instance;
        NoiseStandardDeviation = noiseStandardDeviation;
        _state = new int[instance.Arms];
        Reset();
    }

    /// <summary>The payoffs.</summary>
    public LsdInstance Instance { get; }

    /// <summary>σ of Gaussian rewards, or null for Bernoulli rewards.</summary>
    public double? NoiseStandardDeviation { get; }

    /// <summary>The signed states before the next round.</summary>
    public ReadOnlySpan<int> State => _state;

    /// <summary>Returns every arm to the rested state −τmax.</summary>
    public void Reset() => LsdDynamics.Initialise(_state, Instance.TauMax);

    /// <summary>The mean reward of playing <paramref name="arm"/> now, μ_arm(τ_arm).</summary>
    /// <param name="arm">The arm.</param>
    /// <returns>The mean.</returns>
    public double Mean(int arm) => Instance.Mean(arm, _state[arm]);

    /// <summary>Plays <paramref name="arm"/>: draws its reward in the current state, then advances the states.</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="rng">The reward generator.</param>
    /// <returns>The reward.</returns>
    public double Pull(int arm, ref AgoraRandom rng)
    {
        double mean = Mean(arm);
        double reward = NoiseStandardDeviation is double sigma
            ? rng.NextGaussian(mean, sigma)
            : (rng.NextDouble() < mean ? 1.0 : 0.0);
        LsdDynamics.Step(_state, arm, Instance.TauMax);
        return reward;
    }
}
