using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>UCB1: pull each arm once, then the arm maximising <c>mean + c·sqrt(ln t / n)</c>.</summary>
/// <remarks>
/// Auer, Cesa-Bianchi and Fischer, "Finite-time analysis of the multiarmed bandit problem", Machine Learning 47 (2002).
/// With c = √2 and rewards in [0, 1] the expected regret after T pulls is at most
/// <c>8·Σ_{i: Δi&gt;0} ln T / Δi + (1 + π²/3)·Σ Δi</c> (their Theorem 1).
/// </remarks>
public sealed class Ucb1 : IBanditPolicy
{
    private readonly ArmStatistics _stats = new();
    private double[] _scores = [];

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
        _stats.Reset(arms);
        _scores = new double[arms];
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        int[] pulls = _stats.Pulls;
        for (int i = 0; i < pulls.Length; i++)
        {
            if (pulls[i] == 0)
            {
                return i;
            }
        }

        double logT = Math.Log(_stats.TotalPulls);
        for (int i = 0; i < pulls.Length; i++)
        {
            _scores[i] = _stats.Means[i] + (ExplorationCoefficient * Math.Sqrt(logT / pulls[i]));
        }

        return ArmStatistics.ArgMaxRandomTies(_scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward) => _stats.Update(arm, reward);
}
