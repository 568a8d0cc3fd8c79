namespace Agora.Core.Bandits.Lsd;

/// <summary>The deterministic state update of an LSD bandit.</summary>
/// <remarks>
/// The state before round t is the vector τ(t); playing arm a earns a reward with mean μ_a(τ_a(t)). Then:
/// the played arm goes to τ_a + 1 (saturating at τmax) if it was played in the previous round (τ_a &gt; 0) and to +1 if it
/// is being switched to; an arm just switched away from (τ &gt; 0, not played) goes to −1; any other idle arm goes to
/// τ − 1 (saturating at −τmax). At the start every arm is fully rested, τ = −τmax. At most one arm is ever positive.
/// </remarks>
public static class LsdDynamics
{
    /// <summary>Sets <paramref name="state"/> to the initial state: every arm at −τmax.</summary>
    /// <param name="state">One entry per arm.</param>
    /// <param name="tauMax">τmax.</param>
    public static void Initialise(Span<int> state, int tauMax) => state.Fill(-tauMax);

    /// <summary>Applies one round in which <paramref name="arm"/> is played.</summary>
    /// <param name="state">The signed states, updated in place.</param>
    /// <param name="arm">The arm played.</param>
    /// <param name="tauMax">τmax.</param>
    public static void Step(Span<int> state, int arm, int tauMax)
    {
        for (int i = 0; i < state.Length; i++)
        {
            int s = state[i];
            state[i] = i == arm
                ? (s > 0 ? Math.Min(s + 1, tauMax) : 1)
                : (s > 0 ? -1 : Math.Max(s - 1, -tauMax));
        }
    }
}
