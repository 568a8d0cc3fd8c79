using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Discounted UCB: UCB on exponentially discounted counts and sums, so old rewards fade (non-stationary bandits).</summary>
/// <remarks>
/// Kocsis and Szepesvári (2006); analysed by Garivier and Moulines, "On upper-confidence bound policies for switching
/// bandit problems", ALT 2011. With discount γ, <c>N_i = Σ_s γ^{t−s}·1{a_s = i}</c>, <c>X̄_i = Σ_s γ^{t−s} r_s 1{a_s=i} / N_i</c>
/// and <c>n = Σ_i N_i</c>, the index is <c>X̄_i + 2B·sqrt(ξ ln n / N_i)</c>, with B the reward bound (1) and ξ = 0.6.
/// For Υ change points over a horizon T they tune <c>γ = 1 − ¼·sqrt(Υ/T)</c>.
/// </remarks>
public sealed class DiscountedUcb : IBanditPolicy
{
    private const double Xi = 0.6;
    private double[] _counts = [];
    private double[] _sums = [];
    private double[] _scores = [];

    /// <summary>Creates the policy.</summary>
    /// <param name="discount">γ in (0, 1).</param>
    /// <param name="rewardBound">B, the largest reward (positive).</param>
    public DiscountedUcb(double discount, double rewardBound = 1.0)
    {
        if (!(discount > 0 && discount < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(discount), discount, "γ must lie in (0, 1).");
        }

        if (!(rewardBound > 0) || !double.IsFinite(rewardBound))
        {
            throw new ArgumentOutOfRangeException(nameof(rewardBound), rewardBound, "B must be positive and finite.");
        }

        Discount = discount;
        RewardBound = rewardBound;
    }

    /// <summary>γ, the discount factor.</summary>
    public double Discount { get; }

    /// <summary>B, the reward bound.</summary>
    public double RewardBound { get; }

    /// <inheritdoc />
    public string Name => "d-ucb";

    /// <summary>Garivier and Moulines' tuning for <paramref name="changes"/> change points over <paramref name="horizon"/> pulls.</summary>
    /// <param name="horizon">T.</param>
    /// <param name="changes">Υ, at least 1.</param>
    /// <returns>γ = 1 − ¼·sqrt(Υ/T), kept below 1.</returns>
    public static double TunedDiscount(long horizon, int changes) =>
        Math.Clamp(1 - (0.25 * Math.Sqrt(Math.Max(changes, 1) / (double)horizon)), 0.5, 1 - 1e-9);

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _counts = new double[arms];
        _sums = new double[arms];
        _scores = new double[arms];
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        double n = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] == 0)
            {
                return i;
            }

            n += _counts[i];
        }

        double log = Math.Log(Math.Max(n, 1));
        for (int i = 0; i < _counts.Length; i++)
        {
            _scores[i] = (_sums[i] / _counts[i]) + (2 * RewardBound * Math.Sqrt(Xi * log / _counts[i]));
        }

        return ArmStatistics.ArgMaxRandomTies(_scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] *= Discount;
            _sums[i] *= Discount;
        }

        _counts[arm] += 1;
        _sums[arm] += reward;
    }
}
