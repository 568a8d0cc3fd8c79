using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>MOSS (Minimax Optimal Strategy in the Stochastic case): a UCB index whose bonus uses the known horizon T.</summary>
/// <remarks>
/// Audibert and Bubeck, "Minimax policies for adversarial and stochastic bandits", COLT 2009. For rewards in [0, 1] the
/// index is <c>m + sqrt(max(ln(T / (k·n)), 0) / n)</c> and the worst-case regret is O(√(kT)), without UCB1's extra
/// √(ln T). For σ-sub-Gaussian rewards the bonus is scaled by <see cref="Scale"/> = 2σ ([0, 1] rewards are
/// ½-sub-Gaussian, so the [0, 1] scale is 1).
/// </remarks>
public sealed class Moss : IBanditPolicy
{
    private readonly ArmStatistics _stats = new();
    private double[] _scores = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="horizon">T, the number of pulls the policy will make (positive).</param>
    /// <param name="scale">The bonus scale: 1 for rewards in [0, 1], 2σ for σ-sub-Gaussian rewards.</param>
    public Moss(long horizon, double scale = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        if (!(scale > 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The bonus scale must be positive and finite.");
        }

        Horizon = horizon;
        Scale = scale;
    }

    /// <summary>T, the horizon.</summary>
    public long Horizon { get; }

    /// <summary>The bonus scale.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public string Name => "moss";

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
        int unpulled = Array.IndexOf(pulls, 0);
        if (unpulled >= 0)
        {
            return unpulled;
        }

        for (int i = 0; i < pulls.Length; i++)
        {
            double n = pulls[i];
            double bonus = Math.Max(Math.Log(Horizon / (pulls.Length * n)), 0) / n;
            _scores[i] = _stats.Means[i] + (Scale * Math.Sqrt(bonus));
        }

        return ArmStatistics.ArgMaxRandomTies(_scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward) => _stats.Update(arm, reward);
}
