using Agora.Core.Bandits;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Bandits;

public sealed class NonStationaryBanditTests
{
    /// <summary>An oblivious adversary: a fixed table of 0/1 rewards, drawn in advance, whose best arm flips halfway.</summary>
    private sealed class TableBandit(double[,] rewards) : IBandit
    {
        private int _t;

        public int Arms => rewards.GetLength(1);

        public bool RewardsInUnitInterval => true;

        public void Reset() => _t = 0;

        public double Gap(int arm) => 0;

        public double Pull(int arm, ref AgoraRandom rng) => rewards[_t++, arm];
    }

    [Fact]
    public void Exp3_and_exp3_ix_stay_within_the_adversarial_regret_bound_against_the_best_fixed_arm()
    {
        const int t = 4000, k = 3;
        var table = new double[t, k];
        var draw = new AgoraRandom(5);
        for (int s = 0; s < t; s++)
        {
            double[] p = s < t / 2 ? [0.7, 0.4, 0.2] : [0.1, 0.6, 0.2];
            for (int i = 0; i < k; i++)
            {
                table[s, i] = draw.NextDouble() < p[i] ? 1 : 0;
            }
        }

        double best = Enumerable.Range(0, k).Max(i => Enumerable.Range(0, t).Sum(s => table[s, i]));
        double bound = 2 * Math.Sqrt(Math.E - 1) * Math.Sqrt(t * k * Math.Log(k));
        foreach (var make in new Func<IBanditPolicy>[] { () => new Exp3(Exp3.TunedGamma(k, t)), () => Exp3Ix.Tuned(k, t) })
        {
            double regretSum = 0;
            const int seeds = 20;
            for (ulong seed = 0; seed < seeds; seed++)
            {
                var policy = make();
                var bandit = new TableBandit(table);
                policy.Reset(k);
                var rng = new AgoraRandom(seed);
                double total = 0;
                for (int s = 0; s < t; s++)
                {
                    int arm = policy.SelectArm(ref rng);
                    double r = bandit.Pull(arm, ref rng);
                    total += r;
                    policy.Update(arm, r);
                }

                regretSum += best - total;
            }

            double meanRegret = regretSum / seeds;
            Assert.True(meanRegret < bound, $"{make().Name}: regret {meanRegret:F1} vs bound {bound:F1}");
            // Better than playing uniformly, which loses about (best − mean of arms) over the horizon.
            double uniform = best - (Enumerable.Range(0, t).Sum(s => table[s, 0] + table[s, 1] + table[s, 2]) / k);
            Assert.True(meanRegret < 0.6 * uniform, $"{make().Name}: regret {meanRegret:F1} vs uniform {uniform:F1}");
        }
    }

    [Fact]
    public void Discounted_and_sliding_window_ucb_recover_from_a_switch_that_traps_beta_thompson()
    {
        // Two arms, 0.1 and 0.9, swapped after 2000 pulls: Beta-Thompson's posterior of the old best arm is so confident
        // that it keeps pulling it for thousands of rounds; the discounted and windowed estimates forget it in about
        // 1/(1−γ) or τ pulls (Garivier & Moulines 2011).
        const long t = 4000;
        double Mean(Func<IBanditPolicy> make)
        {
            double sum = 0;
            for (ulong seed = 0; seed < 20; seed++)
            {
                sum += BanditTestHelpers.Play(make(), new SwitchingBernoulliBandit([0.1, 0.9], period: 2000), t, seed);
            }

            return sum / 20;
        }

        double thompson = Mean(() => new BetaThompsonSampling());
        double dUcb = Mean(() => new DiscountedUcb(DiscountedUcb.TunedDiscount(t, 1)));
        double swUcb = Mean(() => new SlidingWindowUcb(SlidingWindowUcb.TunedWindow(t, 1)));
        Assert.True(thompson > 400, $"beta-thompson {thompson:F0}");
        Assert.True(dUcb < 0.5 * thompson, $"d-ucb {dUcb:F0} vs beta-thompson {thompson:F0}");
        Assert.True(swUcb < 0.5 * thompson, $"sw-ucb {swUcb:F0} vs beta-thompson {thompson:F0}");
    }

    [Fact]
    public void Switching_means_rotate_each_period_and_rotting_means_decay_with_use()
    {
        var switching = new SwitchingBernoulliBandit([0.2, 0.8], period: 3);
        var rng = new AgoraRandom(1);
        var observed = new List<double>();
        for (int t = 0; t < 7; t++)
        {
            observed.Add(switching.CurrentMean(0));
            switching.Pull(0, ref rng);
        }

        Assert.Equal([0.2, 0.2, 0.2, 0.8, 0.8, 0.8, 0.2], observed);

        var rotting = new RottingBandit([0.9, 0.5], decay: 0.5);
        Assert.Equal(0.0, rotting.Gap(0));
        rotting.Pull(0, ref rng);
        Assert.Equal(0.45, rotting.CurrentMean(0), 12);
        Assert.Equal(0.05, rotting.Gap(0), 12);
        rotting.Reset();
        Assert.Equal(0.9, rotting.CurrentMean(0));
    }

    [Fact]
    public void Sliding_window_forgets_pulls_older_than_its_window()
    {
        var policy = new SlidingWindowUcb(window: 4);
        policy.Reset(2);
        var rng = new AgoraRandom(3);
        // Arm 0 pays 1 four times, then arm 1 pays 1 four times: the window now holds only arm 1, so arm 0 is "absent".
        foreach (int arm in new[] { 0, 0, 0, 0, 1, 1, 1, 1 })
        {
            policy.Update(arm, 1);
        }

        Assert.Equal(0, policy.SelectArm(ref rng));
    }
}
