using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>UCB1: pull each arm once, then the arm maximising <c>mean + c·sqrt(ln t / n)</c>.</summary>
/// <remarks>
/// Auer, Cesa-Bianchi and Fischer, "Finite-time analysis of the multiarmed bandit problem", Machine Learning 47 (2002).
/// With c = √2 and rewards in [0, 1] the expected regret after T pulls is at most
/// <c>8·Σ_{i: Δi&gt;0} ln T / Δi + (1 + π²/3)·Σ Δi</c> (their Theorem 1).
/// The index is evaluated as <c>mean + (c·√ln t)·(1/√n)</c>: 1/√n changes only for the pulled arm, so a round costs one
/// logarithm, one square root and k fused multiply-adds, with no allocation.
/// </remarks>
public sealed class Ucb1 : IBanditPolicy
{
    // √(ln t) for the first 2^17 pulls: the same expression evaluated once per t, so every index keeps its bits, and the
    // logarithm and square root leave the per-pull path of the horizons most runs use.
    private static readonly double[] SqrtLogTable = BuildSqrtLogTable(1 << 17);

    private double[] _means = [];
    private double[] _inverseSqrtPulls = [];
    private int[] _pulls = [];
    private int _unpulled;
    private long _total;

    /// <summary>Creates the policy.</summary>
    /// <param name="explorationCoefficient">c in the index; √2 is Auer et al.'s UCB1.</param>
    public Ucb1(double explorationCoefficient = 1.4142135623730951)
    {
        if (!(explorationCoefficient >= 0) || !double.IsFinite(explorationCoefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(explorationCoefficient), explorationCoefficient, "c must be finite and non-negative.");
        }

        ExplorationCoefficient = explorationCoefficient;
    }

    /// <summary>The exploration coefficient c.</summary>
    public double ExplorationCoefficient { get; }

    /// <inheritdoc />
    public string Name => "ucb1";

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _means = new double[arms];
        _inverseSqrtPulls = new double[arms];
        _pulls = new int[arms];
        _unpulled = arms;
        _total = 0;
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SelectArm(ref AgoraRandom rng)
    {
        if (_unpulled > 0)
        {
            return Array.IndexOf(_pulls, 0);
        }

        double width = ExplorationCoefficient * ((ulong)_total < (ulong)SqrtLogTable.Length ? SqrtLogTable[_total] : Math.Sqrt(Math.Log(_total)));
        return IndexArgMax.Of(_means, _inverseSqrtPulls, width, ref rng);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Update(int arm, double reward)
    {
        int n = ++_pulls[arm];
        if (n == 1)
        {
            _unpulled--;
        }

        _total++;
        _means[arm] += (reward - _means[arm]) / n;
        _inverseSqrtPulls[arm] = 1.0 / Math.Sqrt(n);
    }

    private static double[] BuildSqrtLogTable(int size)
    {
        var table = new double[size];
        for (int t = 1; t < size; t++)
        {
            table[t] = Math.Sqrt(Math.Log(t));
        }

        return table;
    }
}
