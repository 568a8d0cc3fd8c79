using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>UCB-V: an upper confidence bound that uses each arm's empirical variance (rewards in [0, b]).</summary>
/// <remarks>
/// Audibert, Munos and Szepesvári, "Exploration–exploitation tradeoff using variance estimates in multi-armed bandits",
/// Theoretical Computer Science 410 (2009). After n pulls with sample mean m and (biased) sample variance V the index is
/// <c>m + sqrt(2·V·ζ·ln t / n) + 3·c·b·ζ·ln t / n</c>, with their recommended ζ = 1.2 and c = 1. Low-variance arms get
/// narrower bonuses than UCB1's, which pays off on <see cref="BoundedBandit"/>.
/// </remarks>
public sealed class UcbV : IBanditPolicy
{
    private const double Zeta = 1.2;
    private const double C = 1.0;
    private readonly ArmStatistics _stats = new();
    private double[] _sumSquares = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="range">b, the width of the reward range [0, b] (positive).</param>
    public UcbV(double range = 1.0)
    {
        if (!(range > 0) || !double.IsFinite(range))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "The reward range must be positive and finite.");
        }

        Range = range;
    }

    /// <summary>b, the width of the reward range.</summary>
    public double Range { get; }

    /// <inheritdoc />
    public string Name => "ucb-v";

    /// <inheritdoc />
    public void Reset(int arms)
    {
        _stats.Reset(arms);
        _sumSquares = new double[arms];
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

        double log = Zeta * Math.Log(_stats.TotalPulls);
        Span<double> scores = pulls.Length <= 64 ? stackalloc double[pulls.Length] : new double[pulls.Length];
        for (int i = 0; i < pulls.Length; i++)
        {
            double m = _stats.Means[i];
            double n = pulls[i];
            double variance = Math.Max(0, (_sumSquares[i] / n) - (m * m));
            scores[i] = m + Math.Sqrt(2 * variance * log / n) + (3 * C * Range * log / n);
        }

        return ArmStatistics.ArgMaxRandomTies(scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        _stats.Update(arm, reward);
        _sumSquares[arm] += reward * reward;
    }
}
