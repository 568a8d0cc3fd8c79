namespace Agora.Core.Bandits.Lsd;

/// <summary>A planner's output: which arm to play given the current signed states.</summary>
/// <threadsafety>Stateful; one instance per run.</threadsafety>
public interface ILsdPolicy
{
    /// <summary>A stable name for metric keys, e.g. <c>greedy</c>.</summary>
    string Name { get; }

    /// <summary>Prepares to play from round 0.</summary>
    void Reset();

    /// <summary>The arm to play now.</summary>
    /// <param name="state">The signed states before this round.</param>
    /// <returns>An arm.</returns>
    int Choose(ReadOnlySpan<int> state);
}

/// <summary>Oracle greedy: play argmax_i μ_i(τ_i), ties to the lowest arm.</summary>
/// <param name="instance">The (known or estimated) payoffs.</param>
public sealed class LsdGreedyPolicy(LsdInstance instance) : ILsdPolicy
{
    /// <inheritdoc />
    public string Name => "greedy";

    /// <inheritdoc />
    public void Reset()
    {
    }

    /// <inheritdoc />
    public int Choose(ReadOnlySpan<int> state)
    {
        int best = 0;
        for (int i = 1; i < state.Length; i++)
        {
            if (instance.Mean(i, state[i]) > instance.Mean(best, state[best]))
            {
                best = i;
            }
        }

        return best;
    }
}

/// <summary>Plays a fixed cycle of arms forever.</summary>
/// <param name="cycle">The arms of one period (non-empty).</param>
public sealed class LsdCyclicPolicy(IReadOnlyList<int> cycle) : ILsdPolicy
{
    private readonly int[] _cycle = cycle.Count > 0 ? cycle.ToArray() : throw new ArgumentException("A cycle needs at least one arm.", nameof(cycle));
    private int _position;

    /// <summary>The cycle.</summary>
    public IReadOnlyList<int> Cycle => _cycle;

    /// <inheritdoc />
    public string Name => "cyclic";

    /// <inheritdoc />
    public void Reset() => _position = 0;

    /// <inheritdoc />
    public int Choose(ReadOnlySpan<int> state)
    {
        int arm = _cycle[_position];
        _position = (_position + 1) % _cycle.Length;
        return arm;
    }
}

/// <summary>Exact expected values of LSD policies, and an allocation-free simulator.</summary>
public static class LsdEvaluation
{
    /// <summary>The expected total reward of <paramref name="policy"/> over <paramref name="horizon"/> rounds from the rested start.</summary>
    /// <param name="instance">The true payoffs.</param>
    /// <param name="policy">The policy (reset first).</param>
    /// <param name="horizon">T.</param>
    /// <returns>Σ_t μ_{a_t}(τ_{a_t}(t)).</returns>
    public static double Value(LsdInstance instance, ILsdPolicy policy, long horizon)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(policy);
        Span<int> state = stackalloc int[instance.Arms];
        LsdDynamics.Initialise(state, instance.TauMax);
        policy.Reset();
        double total = 0;
        for (long t = 0; t < horizon; t++)
        {
            int arm = policy.Choose(state);
            total += instance.Mean(arm, state[arm]);
            LsdDynamics.Step(state, arm, instance.TauMax);
        }

        return total;
    }

    /// <summary>The expected total reward of a fixed arm sequence from the rested start.</summary>
    /// <param name="instance">The true payoffs.</param>
    /// <param name="arms">The arms, one per round.</param>
    /// <returns>The total.</returns>
    public static double Value(LsdInstance instance, ReadOnlySpan<int> arms)
    {
        ArgumentNullException.ThrowIfNull(instance);
        Span<int> state = stackalloc int[instance.Arms];
        LsdDynamics.Initialise(state, instance.TauMax);
        double total = 0;
        foreach (int arm in arms)
        {
            total += instance.Mean(arm, state[arm]);
            LsdDynamics.Step(state, arm, instance.TauMax);
        }

        return total;
    }
}
