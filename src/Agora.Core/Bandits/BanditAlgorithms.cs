namespace Agora.Core.Bandits;

/// <summary>Named bandit algorithms and groups of them, built for a given instance and horizon.</summary>
/// <remarks>
/// Algorithms that need rewards in [0, 1] (UCB-V, Beta-Thompson, EXP3, EXP3-IX, D-UCB, SW-UCB) are left out on the
/// Gaussian testbed, whose rewards are unbounded; KL-UCB then uses the Gaussian divergence and MOSS a bonus scaled by
/// 2σ. Gaussian Thompson sampling on [0, 1] rewards assumes noise σ = ½ (the sub-Gaussian constant of [0, 1]).
/// Non-stationary algorithms are tuned for Υ = <see cref="BanditInstances.SwitchingChanges"/> change points.
/// </remarks>
public static class BanditAlgorithms
{
    /// <summary>Every algorithm, in the order the experiment runs them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["epsilon-greedy", "ucb1", "ucb-v", "kl-ucb", "thompson", "beta-thompson", "moss", "exp3", "exp3-ix", "d-ucb", "sw-ucb"];

    /// <summary>The groups accepted besides single names.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["stochastic"] = ["epsilon-greedy", "ucb1", "ucb-v", "kl-ucb", "thompson", "beta-thompson", "moss"],
        ["classic"] = ["epsilon-greedy", "ucb1", "thompson"],
        ["adversarial"] = ["exp3", "exp3-ix"],
        ["non-stationary"] = ["d-ucb", "sw-ucb"],
        ["all"] = Names,
    };

    /// <summary>The algorithms a selection (a group or a single name) stands for.</summary>
    /// <param name="selection">A group name or an algorithm name.</param>
    /// <returns>The algorithm names.</returns>
    public static IReadOnlyList<string> Expand(string selection) =>
        Groups.TryGetValue(selection, out var group) ? group
        : Names.Contains(selection) ? [selection]
        : throw new ArgumentException($"Unknown algorithm selection '{selection}'.", nameof(selection));

    /// <summary>Whether <paramref name="name"/> can run on an instance whose rewards are (or are not) in [0, 1].</summary>
    /// <param name="name">The algorithm.</param>
    /// <param name="unitInterval">Whether rewards lie in [0, 1].</param>
    /// <returns>Whether it applies.</returns>
    public static bool Applies(string name, bool unitInterval) =>
        unitInterval || name is "epsilon-greedy" or "ucb1" or "kl-ucb" or "thompson" or "moss";

    /// <summary>Creates the named policy.</summary>
    /// <param name="name">One of <see cref="Names"/>.</param>
    /// <param name="settings">The instance and tuning settings.</param>
    /// <returns>The policy.</returns>
    public static IBanditPolicy Create(string name, BanditAlgorithmSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool unit = settings.GaussianNoise is null;
        double sigma = settings.GaussianNoise ?? 0.5;
        int changes = BanditInstances.SwitchingChanges;
        return name switch
        {
            "epsilon-greedy" => new EpsilonGreedy(settings.Epsilon),
            "ucb1" => new Ucb1(settings.UcbC),
            "ucb-v" => new UcbV(),
            "kl-ucb" => new KlUcb(unit ? null : sigma),
            "thompson" => new GaussianThompsonSampling(noiseStandardDeviation: sigma),
            "beta-thompson" => new BetaThompsonSampling(),
            "moss" => new Moss(settings.Horizon, unit ? 1.0 : 2 * sigma),
            "exp3" => new Exp3(Exp3.TunedGamma(settings.Arms, settings.Horizon)),
            "exp3-ix" => Exp3Ix.Tuned(settings.Arms, settings.Horizon),
            "d-ucb" => new DiscountedUcb(DiscountedUcb.TunedDiscount(settings.Horizon, changes)),
            "sw-ucb" => new SlidingWindowUcb(SlidingWindowUcb.TunedWindow(settings.Horizon, changes)),
            _ => throw new ArgumentException($"Unknown bandit algorithm '{name}'.", nameof(name)),
        };
    }
}

/// <summary>What the algorithm factory needs to know about the instance and the run.</summary>
/// <param name="Arms">k.</param>
/// <param name="Horizon">T (MOSS, EXP3 and the non-stationary tunings use it).</param>
/// <param name="GaussianNoise">σ when rewards are Gaussian; null when they lie in [0, 1].</param>
/// <param name="Epsilon">ε of ε-greedy.</param>
/// <param name="UcbC">c of UCB1.</param>
public sealed record BanditAlgorithmSettings(int Arms, long Horizon, double? GaussianNoise, double Epsilon, double UcbC);
