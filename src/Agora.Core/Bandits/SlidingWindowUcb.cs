using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Sliding-window UCB: UCB on the last τ pulls only, so the estimates track a changing environment.</summary>
/// <remarks>
/// Garivier and Moulines, "On upper-confidence bound policies for switching bandit problems", ALT 2011. With
/// <c>N_i</c> and <c>X̄_i</c> the count and mean of arm i among the last τ pulls, the index is
/// <c>X̄_i + B·sqrt(ξ·ln min(t, τ) / N_i)</c> (ξ = 0.6, B = 1); an arm absent from the window is pulled first. For Υ change
/// points over a horizon T they tune <c>τ = 2B·sqrt(T ln T / Υ)</c>. The window is a ring buffer: no allocation per pull.
/// </remarks>
public sealed class SlidingWindowUcb : IBanditPolicy
{
    private const double Xi = 0.6;
    private int[] _counts = [];
    private double[] _sums = [];
    private double[] _scores = [];
    private int[] _windowArms = [];
    private double[] _windowRewards = [];
    private long _t;

    /// <summary>Creates the policy.</summary>
    /// <param name="window">τ, the number of recent pulls remembered (positive).</param>
    /// <param name="rewardBound">B, the largest reward (positive).</param>
    public SlidingWindowUcb(int window, double rewardBound = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        if (!(rewardBound > 0) || !double.IsFinite(rewardBound))
        {
            throw new ArgumentOutOfRangeException(nameof(rewardBound), rewardBound, "B must be positive and finite.");
        }

        Window = window;
        RewardBound = rewardBound;
    }

    /// <summary>τ, the window length.</summary>
    public int Window { get; }

    /// <summary>B, the reward bound.</summary>
    public double RewardBound { get; }

    /// <inheritdoc />
    public string Name => "sw-ucb";

    /// <summary>Garivier and Moulines' window for <paramref name="changes"/> change points over <paramref name="horizon"/> pulls.</summary>
    /// <param name="horizon">T.</param>
    /// <param name="changes">Υ, at least 1.</param>
    /// <returns>τ = ⌈2·sqrt(T ln T / Υ)⌉, at least 1.</returns>
    public static int TunedWindow(long horizon, int changes) =>
        (int)Math.Clamp(Math.Ceiling(2 * Math.Sqrt(horizon * Math.Log(Math.Max(horizon, 2)) / Math.Max(changes, 1))), 1, int.MaxValue);

    /// <inheritdoc />
    public void Reset(int arms)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(arms);
        _counts = new int[arms];
        _sums = new double[arms];
        _scores = new double[arms];
        _windowArms = new int[Window];
        _windowRewards = new double[Window];
        _t = 0;
    }

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng)
    {
        int absent = Array.IndexOf(_counts, 0);
        if (absent >= 0)
        {
            return absent;
        }

        double log = Math.Log(Math.Min(_t, Window));
        for (int i = 0; i < _counts.Length; i++)
        {
            _scores[i] = (_sums[i] / _counts[i]) + (RewardBound * Math.Sqrt(Xi * log / _counts[i]));
        }

        return ArmStatistics.ArgMaxRandomTies(_scores, ref rng);
    }

    /// <inheritdoc />
    public void Update(int arm, double reward)
    {
        int slot = (int)(_t % Window);
        if (_t >= Window)
        {
            int old = _windowArms[slot];
            // An arm that leaves the window entirely restarts from an exact zero sum, so rounding never accumulates.
            _sums[old] = --_counts[old] == 0 ? 0 : _sums[old] - _windowRewards[slot];
        }

        _windowArms[slot] = arm;
        _windowRewards[slot] = reward;
        _counts[arm]++;
        _sums[arm] += reward;
        _t++;
    }
}
