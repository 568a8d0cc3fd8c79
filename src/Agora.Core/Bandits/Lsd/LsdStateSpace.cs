namespace Agora.Core.Bandits.Lsd;

/// <summary>The states of an LSD instance reachable from the rested start, with a transition and reward table.</summary>
/// <remarks>
/// A reachable state has at most one positive arm (the last one played, with its run length 1…τmax); every other arm
/// has an idle state −1…−τmax. So there are at most <see cref="Bound"/> = 1 + k·τmax^k states (the extra one is the
/// start, where no arm is positive): 16,385 for k = 4 and τmax = 8. States are found by breadth-first search and keyed
/// by the mixed-radix code Σ_i v_i·(2τmax)^i with v = d − 1 for τ = −d and v = τmax + m − 1 for τ = +m; the dense code
/// table has (2τmax)^k entries (65,536 at k = 4, τmax = 8), so this is for small instances only.
/// </remarks>
public sealed class LsdStateSpace
{
    /// <summary>The largest code table built, (2τmax)^k; bigger instances are refused.</summary>
    public const int MaxCodes = 1 << 22;

    private readonly int[] _next;
    private readonly double[] _reward;
    private readonly int[] _states;

    /// <summary>Enumerates the reachable states of <paramref name="instance"/>.</summary>
    /// <param name="instance">The instance.</param>
    /// <exception cref="ArgumentException">(2τmax)^k exceeds <see cref="MaxCodes"/>.</exception>
    public LsdStateSpace(LsdInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Instance = instance;
        int k = instance.Arms;
        int radix = 2 * instance.TauMax;
        double codes = Math.Pow(radix, k);
        if (codes > MaxCodes)
        {
            throw new ArgumentException($"The exact planner handles (2*tau-max)^arms <= {MaxCodes} codes; k = {k}, tau-max = {instance.TauMax} gives {codes:G3}.", nameof(instance));
        }

        var index = new int[(int)codes];
        Array.Fill(index, -1);
        int capacity = checked((int)(1 + (k * Math.Pow(instance.TauMax, k))));
        var states = new int[capacity * k];
        var next = new int[capacity * k];
        var reward = new double[capacity * k];
        LsdDynamics.Initialise(states.AsSpan(0, k), instance.TauMax);
        index[Encode(states.AsSpan(0, k), instance.TauMax)] = 0;
        int count = 1;
        Span<int> scratch = stackalloc int[k];
        for (int s = 0; s < count; s++)
        {
            var state = states.AsSpan(s * k, k);
            for (int a = 0; a < k; a++)
            {
                state.CopyTo(scratch);
                reward[(s * k) + a] = instance.Mean(a, scratch[a]);
                LsdDynamics.Step(scratch, a, instance.TauMax);
                int code = Encode(scratch, instance.TauMax);
                if (index[code] < 0)
                {
                    index[code] = count;
                    scratch.CopyTo(states.AsSpan(count * k, k));
                    count++;
                }

                next[(s * k) + a] = index[code];
            }
        }

        Count = count;
        _states = states;
        _next = next;
        _reward = reward;
    }

    /// <summary>The instance.</summary>
    public LsdInstance Instance { get; }

    /// <summary>The number of reachable states; state 0 is the start.</summary>
    public int Count { get; }

    /// <summary>1 + k·τmax^k, the bound on <see cref="Count"/>.</summary>
    public double Bound => 1 + (Instance.Arms * Math.Pow(Instance.TauMax, Instance.Arms));

    /// <summary>The signed state vector of state <paramref name="s"/>.</summary>
    /// <param name="s">A state index.</param>
    /// <returns>The vector (do not modify).</returns>
    public ReadOnlySpan<int> State(int s) => _states.AsSpan(s * Instance.Arms, Instance.Arms);

    /// <summary>The state after playing <paramref name="arm"/> in state <paramref name="s"/>.</summary>
    /// <param name="s">A state index.</param>
    /// <param name="arm">The arm.</param>
    /// <returns>The next state index.</returns>
    public int Next(int s, int arm) => _next[(s * Instance.Arms) + arm];

    /// <summary>The mean reward of playing <paramref name="arm"/> in state <paramref name="s"/>.</summary>
    /// <param name="s">A state index.</param>
    /// <param name="arm">The arm.</param>
    /// <returns>μ_arm(τ_arm).</returns>
    public double Reward(int s, int arm) => _reward[(s * Instance.Arms) + arm];

    /// <summary>The next state at flat index s·k + arm (the planner's inner loop).</summary>
    internal int NextAt(int flat) => _next[flat];

    /// <summary>The reward at flat index s·k + arm.</summary>
    internal double RewardAt(int flat) => _reward[flat];

    private static int Encode(ReadOnlySpan<int> state, int tauMax)
    {
        int code = 0;
        for (int i = state.Length - 1; i >= 0; i--)
        {
            int v = state[i] < 0 ? -state[i] - 1 : tauMax + state[i] - 1;
            code = (code * 2 * tauMax) + v;
        }

        return code;
    }
}
