namespace Agora.Core.Bandits.Lsd;

/// <summary>The exact finite-horizon optimum of a small LSD instance, by backward induction over its reachable states.</summary>
/// <remarks>
/// <c>V_T(s) = 0</c> and <c>V_h(s) = max_a [μ_a(τ_a(s)) + V_{h+1}(next(s, a))]</c>; the optimum from the rested start is
/// V_0(start). Time O(T·S·k) and memory O(T·S) for the policy, with S ≤ 1 + k·τmax^k (<see cref="LsdStateSpace"/>).
/// Ties go to the lowest arm.
/// </remarks>
public sealed class LsdDpPlanner
{
    private readonly LsdStateSpace _space;
    private readonly byte[] _policy;
    private readonly double[] _value;

    /// <summary>Solves the instance for <paramref name="horizon"/> rounds.</summary>
    /// <param name="space">The state space.</param>
    /// <param name="horizon">T ≥ 1.</param>
    public LsdDpPlanner(LsdStateSpace space, int horizon)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        if (space.Instance.Arms > byte.MaxValue)
        {
            throw new ArgumentException("The exact planner handles at most 255 arms.", nameof(space));
        }

        _space = space;
        Horizon = horizon;
        int n = space.Count;
        int k = space.Instance.Arms;
        _policy = new byte[horizon * n];
        var after = new double[n];
        var now = new double[n];
        for (int h = horizon - 1; h >= 0; h--)
        {
            for (int s = 0; s < n; s++)
            {
                double best = double.NegativeInfinity;
                int bestArm = 0;
                int row = s * k;
                for (int a = 0; a < k; a++)
                {
                    double q = space.RewardAt(row + a) + after[space.NextAt(row + a)];
                    if (q > best)
                    {
                        best = q;
                        bestArm = a;
                    }
                }

                now[s] = best;
                _policy[(h * n) + s] = (byte)bestArm;
            }

            (after, now) = (now, after);
        }

        _value = after;
        OptimalValue = after[0];
    }

    /// <summary>T.</summary>
    public int Horizon { get; }

    /// <summary>The optimal expected total reward over T rounds from the rested start.</summary>
    public double OptimalValue { get; }

    /// <summary>The optimal value of state <paramref name="s"/> with the whole horizon ahead.</summary>
    /// <param name="s">A state index.</param>
    /// <returns>V_0(s).</returns>
    public double Value(int s) => _value[s];

    /// <summary>The optimal arm in state <paramref name="s"/> at round <paramref name="round"/> (0-based).</summary>
    /// <param name="round">The round, below T.</param>
    /// <param name="s">A state index.</param>
    /// <returns>The arm.</returns>
    public int Action(int round, int s) => _policy[(round * _space.Count) + s];

    /// <summary>The optimal arm sequence from the rested start.</summary>
    /// <returns>T arms.</returns>
    public int[] OptimalSequence()
    {
        var arms = new int[Horizon];
        int s = 0;
        for (int h = 0; h < Horizon; h++)
        {
            arms[h] = Action(h, s);
            s = _space.Next(s, arms[h]);
        }

        return arms;
    }
}
