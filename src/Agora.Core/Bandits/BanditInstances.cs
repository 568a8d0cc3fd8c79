using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>The named bandit instances of the <c>bandits-regret</c> experiment.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>gaussian</c>: Sutton and Barto's testbed, k means from N(0, 1), N(μ, σ²) rewards (a fresh instance per trial).</item>
/// <item><c>bernoulli-10</c>: Bernoulli arms with means 0.1, 0.2, …, 0.9 and a best arm of 0.95.</item>
/// <item><c>hard-pair</c>: two Bernoulli arms, 0.5 and 0.51 (Δ = 0.01: regret stays near-linear for T ≪ 1/Δ²).</item>
/// <item><c>bounded-10</c>: the bernoulli-10 means with uniform rewards on [μ − h, μ + h], h = min(μ, 1 − μ).</item>
/// <item><c>switching</c>: the bernoulli-10 means, their order reversed every ⌈T/4⌉ pulls (restless, 3 change points).</item>
/// <item><c>rotting</c>: the bernoulli-10 means, each multiplied by 0.995 per pull of that arm.</item>
/// </list>
/// </remarks>
public static class BanditInstances
{
    /// <summary>The instance names, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["gaussian", "bernoulli-10", "hard-pair", "bounded-10", "switching", "rotting"];

    /// <summary>The means of <c>bernoulli-10</c>: 0.1 … 0.9 and 0.95.</summary>
    public static IReadOnlyList<double> Bernoulli10Means { get; } = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

    /// <summary>The change points the <c>switching</c> instance has over any horizon (the tuning Υ of D-UCB and SW-UCB).</summary>
    public const int SwitchingChanges = 3;

    /// <summary>The per-pull decay ρ of the <c>rotting</c> instance.</summary>
    public const double RottingDecay = 0.995;

    /// <summary>Builds the named instance.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="horizon">T, which sets the switching period.</param>
    /// <param name="gaussianArms">k for <c>gaussian</c>.</param>
    /// <param name="gaussianNoise">σ for <c>gaussian</c>.</param>
    /// <param name="rng">The generator for random instances.</param>
    /// <returns>The bandit.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static IBandit Create(string name, long horizon, int gaussianArms, double gaussianNoise, ref AgoraRandom rng) => name switch
    {
        "gaussian" => GaussianBandit.CreateTestbed(gaussianArms, gaussianNoise, ref rng),
        "bernoulli-10" => new BernoulliBandit(Bernoulli10Means),
        "hard-pair" => new BernoulliBandit([0.5, 0.51]),
        "bounded-10" => new BoundedBandit(Bernoulli10Means),
        "switching" => new SwitchingBernoulliBandit(Bernoulli10Means, Math.Max(1, (horizon + SwitchingChanges) / (SwitchingChanges + 1))),
        "rotting" => new RottingBandit(Bernoulli10Means, RottingDecay),
        _ => throw new ArgumentException($"Unknown bandit instance '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name)),
    };
}
