namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// The approximation planner: solve the pattern relaxation, round it with virtual states, and keep the better of that
/// schedule and oracle greedy over the horizon.
/// </summary>
/// <remarks>
/// <para>
/// Our reading of Foussoul, Goyal, Papadigenopoulos and Zeevi, "Last switch dependent bandits with monotone payoff
/// functions", ICML 2023: an LP relaxation over (arm, idle length, run length) patterns (<see cref="LsdRelaxation"/>)
/// rounded by "mirroring the evolution of virtual states" (<see cref="LsdVirtualStatePolicy"/>). Both schedules are
/// scored exactly on the instance given (true or estimated payoffs) and the better is returned, so the planner is never
/// worse than greedy. Polynomial: one LP with k·τmax·(τmax + 1) + k variables and k + 1 constraints, and two O(T·k)
/// simulations.
/// </para>
/// <para>
/// <see cref="StatedRatio"/> = 1/2 is the approximation constant we state in advance (docs/lsd-bandits.md) and test on
/// random monotone instances against the exact optimum. It is a target for this implementation, not a proven bound and
/// not the paper's constant, which the abstract does not give (it says the guarantee "(almost) matches" the
/// state of the art for recharging bandits).
/// </para>
/// </remarks>
public static class LsdApproximationPlanner
{
    /// <summary>The approximation constant we state for this planner: value ≥ 1/2 · optimum.</summary>
    public const double StatedRatio = 0.5;

    /// <summary>Plans for <paramref name="horizon"/> rounds from the rested start.</summary>
    /// <param name="instance">The payoffs.</param>
    /// <param name="horizon">T ≥ 1.</param>
    /// <returns>The chosen policy (reset), its value on <paramref name="instance"/>, and the relaxation bound.</returns>
    public static LsdPlan Plan(LsdInstance instance, long horizon)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        var relaxation = new LsdRelaxation(instance);
        ILsdPolicy rounded = new LsdVirtualStatePolicy(instance, relaxation);
        ILsdPolicy greedy = new LsdGreedyPolicy(instance);
        double roundedValue = LsdEvaluation.Value(instance, rounded, horizon);
        double greedyValue = LsdEvaluation.Value(instance, greedy, horizon);
        var (policy, value) = roundedValue >= greedyValue ? (rounded, roundedValue) : (greedy, greedyValue);
        policy.Reset();
        return new LsdPlan(policy, value, roundedValue, greedyValue, relaxation.Value);
    }
}

/// <summary>The approximation planner's result.</summary>
/// <param name="Policy">The policy to follow, reset to round 0.</param>
/// <param name="Value">Its expected total reward over the horizon.</param>
/// <param name="RoundedValue">The virtual-state rounding's value.</param>
/// <param name="GreedyValue">Oracle greedy's value.</param>
/// <param name="RelaxationValue">V_LP, the relaxation's per-round upper bound on the long-run average.</param>
public sealed record LsdPlan(ILsdPolicy Policy, double Value, double RoundedValue, double GreedyValue, double RelaxationValue);
