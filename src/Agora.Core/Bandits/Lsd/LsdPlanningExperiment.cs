using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// <c>lsd-planning</c>: on random small monotone LSD instances, the ratio of the approximation, greedy and best-cyclic
/// planners' values to the exact optimum.
/// </summary>
/// <remarks>
/// Each trial draws one instance of the family (<see cref="LsdInstance.RandomMonotone"/>), solves it exactly by dynamic
/// programming (<see cref="LsdDpPlanner"/>) over the horizon, and reports value/optimum for
/// <see cref="LsdApproximationPlanner"/> (and its two candidates), oracle greedy and the best cycle of length at most
/// <c>cycle-length</c>. It also reports optimum / ((T + τmax)·V_LP) ≤ 1, how tight the relaxation bound is.
/// </remarks>
public sealed class LsdPlanningExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "lsd-planning";

    /// <inheritdoc />
    public string Summary => "Approximation, greedy and cyclic planners vs the exact DP optimum on random monotone LSD bandits.";

    /// <inheritdoc />
    public string Reference => "Foussoul, Goyal, Papadigenopoulos & Zeevi (ICML 2023); Laforgue et al. (AISTATS 2022). docs/lsd-bandits.md";

    /// <inheritdoc />
    public int DefaultTrials => 200;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("arms", 3, "Number of arms k (the exact DP has up to 1 + k*tau-max^k states).", min: 1, max: 4),
        ParameterSpec.Integer("tau-max", 4, "tau-max, where the last-switch states saturate.", min: 1, max: 8),
        ParameterSpec.Choice("family", "satiation", "Random monotone payoffs: satiation (falls with consecutive plays), deprivation (recharging: grows with rest) or mixed.", "satiation", "deprivation", "mixed"),
        ParameterSpec.Integer("horizon", 40, "Rounds T planned and scored from the rested start.", min: 1, max: 1000),
        ParameterSpec.Integer("cycle-length", 5, "Longest cycle L the cyclic planner enumerates (k^L cycles).", min: 1, max: 10),
    ];

    /// <summary>Parses a family name.</summary>
    /// <param name="name">satiation, deprivation or mixed.</param>
    /// <returns>The family.</returns>
    public static LsdFamily ParseFamily(string name) => name switch
    {
        "satiation" => LsdFamily.Satiation,
        "deprivation" => LsdFamily.Deprivation,
        "mixed" => LsdFamily.Mixed,
        _ => throw new ArgumentException($"Unknown LSD family '{name}'.", nameof(name)),
    };

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int k = p.GetInt32("arms"), tau = p.GetInt32("tau-max"), horizon = p.GetInt32("horizon");
        AgoraRandom rng = context.CreateRandom().Fork("instance");
        var instance = LsdInstance.RandomMonotone(k, tau, ParseFamily(p.GetChoice("family")), ref rng);
        double dp = new LsdDpPlanner(new LsdStateSpace(instance), horizon).OptimalValue;
        var plan = LsdApproximationPlanner.Plan(instance, horizon);
        double greedy = LsdEvaluation.Value(instance, new LsdGreedyPolicy(instance), horizon);
        var (_, cyclic) = LsdCyclicPlanner.Best(instance, p.GetInt32("cycle-length"), horizon);
        double Ratio(double v) => dp > 0 ? v / dp : 1;
        context.Sink.Summary("ratio/approximation", Ratio(plan.Value));
        context.Sink.Summary("ratio/virtual-state", Ratio(plan.RoundedValue));
        context.Sink.Summary("ratio/greedy", Ratio(greedy));
        context.Sink.Summary("ratio/cyclic", Ratio(cyclic));
        context.Sink.Summary("optimum/lp-bound", dp / ((horizon + tau) * plan.RelaxationValue));
    }
}
