using Agora.Core.Randomness;

namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// The online learner: explore every (arm, state) cell with Bernoulli rewards, then commit to the approximation planner
/// run on the (monotone-projected) estimates.
/// </summary>
/// <remarks>
/// <para>
/// Explore-then-commit, as the spec reads the learning result of Foussoul et al. (ICML 2023; rate unverified). One
/// exploration repetition visits, for every arm i and idle length d = 1…τmax: play i, play another arm d times, then play
/// i for τmax + 1 rounds, so cell μ_i(−d) gets one sample and every μ_i(+m) at least one; every play's reward is also
/// recorded in its own cell. A repetition lasts L = k·(τmax(τmax + 1)/2 + τmax(τmax + 2)) rounds, and the learner makes
/// m = ⌈(T/L)^{2/3}⌉ of them (fewer if they would not fit in T), so exploration costs O(L^{1/3}·T^{2/3}) rounds.
/// </para>
/// <para>
/// The estimates are projected onto monotone payoffs by pool-adjacent-violators (idle side non-decreasing, run side
/// non-increasing) and handed to <see cref="LsdApproximationPlanner"/> for the remaining rounds. Regret is measured
/// against the full-information planner, the same approximation planner run on the true payoffs from round 0, in
/// expected rewards (pseudo-regret). It grows like T^{2/3} when the estimates pick the same schedule as the truth.
/// </para>
/// </remarks>
public static class LsdExploreThenCommit
{
    /// <summary>Runs the learner for <paramref name="horizon"/> rounds on Bernoulli rewards with the true means.</summary>
    /// <param name="truth">The true payoffs (k ≥ 2).</param>
    /// <param name="horizon">T ≥ 1.</param>
    /// <param name="rng">The reward generator.</param>
    /// <returns>The learner's expected reward, the full-information planner's, and the exploration length.</returns>
    public static LsdLearningResult Run(LsdInstance truth, long horizon, ref AgoraRandom rng)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        if (truth.Arms < 2)
        {
            throw new ArgumentException("Exploration needs at least two arms (one rests while another plays).", nameof(truth));
        }

        int k = truth.Arms, tau = truth.TauMax;
        long repetitionLength = RepetitionLength(k, tau);
        long repetitions = Math.Max(1, (long)Math.Ceiling(Math.Pow(horizon / (double)repetitionLength, 2.0 / 3.0)));
        var sums = new double[k, 2 * tau];
        var counts = new long[k, 2 * tau];
        var bandit = new LsdBandit(truth);
        double reward = 0;
        long t = 0;

        void Play(int arm, ref AgoraRandom r)
        {
            int cell = Cell(bandit.State[arm], tau);
            reward += bandit.Mean(arm);
            sums[arm, cell] += bandit.Pull(arm, ref r);
            counts[arm, cell]++;
            t++;
        }

        for (long rep = 0; rep < repetitions && t < horizon; rep++)
        {
            for (int i = 0; i < k && t < horizon; i++)
            {
                int filler = (i + 1) % k;
                for (int d = 1; d <= tau && t < horizon; d++)
                {
                    Play(i, ref rng);
                    for (int j = 0; j < d && t < horizon; j++)
                    {
                        Play(filler, ref rng);
                    }

                    for (int j = 0; j <= tau && t < horizon; j++)
                    {
                        Play(i, ref rng);
                    }
                }
            }
        }

        long explored = t;
        if (t < horizon)
        {
            var estimate = Estimate(sums, counts, k, tau);
            var policy = LsdApproximationPlanner.Plan(estimate, horizon - t).Policy;
            while (t < horizon)
            {
                Play(policy.Choose(bandit.State), ref rng);
            }
        }

        double benchmark = LsdApproximationPlanner.Plan(truth, horizon).Value;
        return new LsdLearningResult(horizon, explored, reward, benchmark);
    }

    /// <summary>L, the rounds of one exploration repetition.</summary>
    /// <param name="arms">k.</param>
    /// <param name="tauMax">τmax.</param>
    /// <returns>k·(τmax(τmax + 1)/2 + τmax(τmax + 2)).</returns>
    public static long RepetitionLength(int arms, int tauMax) => arms * (((long)tauMax * (tauMax + 1) / 2) + ((long)tauMax * (tauMax + 2)));

    /// <summary>Projects <paramref name="values"/> onto non-decreasing sequences (least squares, weighted by <paramref name="weights"/>).</summary>
    /// <param name="values">The values, replaced by their projection.</param>
    /// <param name="weights">Positive weights.</param>
    /// <remarks>Pool-adjacent-violators (Ayer et al. 1955), O(n).</remarks>
    public static void IsotonicIncreasing(Span<double> values, ReadOnlySpan<double> weights)
    {
        int n = values.Length;
        Span<double> level = stackalloc double[n];
        Span<double> weight = stackalloc double[n];
        Span<int> size = stackalloc int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++)
        {
            level[blocks] = values[i];
            weight[blocks] = weights[i];
            size[blocks] = 1;
            blocks++;
            while (blocks > 1 && level[blocks - 2] > level[blocks - 1])
            {
                double w = weight[blocks - 2] + weight[blocks - 1];
                level[blocks - 2] = ((level[blocks - 2] * weight[blocks - 2]) + (level[blocks - 1] * weight[blocks - 1])) / w;
                weight[blocks - 2] = w;
                size[blocks - 2] += size[blocks - 1];
                blocks--;
            }
        }

        for (int b = 0, i = 0; b < blocks; b++)
        {
            for (int j = 0; j < size[b]; j++)
            {
                values[i++] = level[b];
            }
        }
    }

    private static int Cell(int tau, int tauMax) => tau < 0 ? -tau - 1 : tauMax + tau - 1;

    private static LsdInstance Estimate(double[,] sums, long[,] counts, int k, int tau)
    {
        var idle = new IReadOnlyList<double>[k];
        var run = new IReadOnlyList<double>[k];
        Span<double> values = stackalloc double[tau];
        Span<double> weights = stackalloc double[tau];
        for (int i = 0; i < k; i++)
        {
            for (int side = 0; side < 2; side++)
            {
                for (int s = 0; s < tau; s++)
                {
                    // Run side reversed, so both sides are projected onto non-decreasing sequences.
                    int cell = side == 0 ? s : tau + (tau - 1 - s);
                    long n = counts[i, cell];
                    values[s] = n > 0 ? sums[i, cell] / n : 0.5;
                    weights[s] = Math.Max(n, 1e-6);
                }

                IsotonicIncreasing(values, weights);
                var projected = values.ToArray();
                if (side == 0)
                {
                    idle[i] = projected;
                }
                else
                {
                    Array.Reverse(projected);
                    run[i] = projected;
                }
            }
        }

        return LsdInstance.Create(idle, run);
    }
}

/// <summary>One run of the LSD learner.</summary>
/// <param name="Horizon">T.</param>
/// <param name="ExplorationRounds">Rounds spent exploring.</param>
/// <param name="Reward">The learner's expected total reward (sum of the true means of its plays).</param>
/// <param name="Benchmark">The full-information approximation planner's expected total reward over T.</param>
public sealed record LsdLearningResult(long Horizon, long ExplorationRounds, double Reward, double Benchmark)
{
    /// <summary>Benchmark − reward.</summary>
    public double Regret => Benchmark - Reward;
}
