using Agora.Core.Bandits;
using Agora.Core.Randomness;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// Pulls per second of the bandit loop the <c>bandits-regret</c> experiment runs: select, read the gap, pull, update.
/// </summary>
/// <remarks>
/// Each invocation plays <see cref="Pulls"/> pulls on a 10-armed instance (OperationsPerInvoke), so the reported time is
/// per pull; pulls/s = 1e9 / ns. The <c>Interface</c> variants call through <see cref="IBanditPolicy"/> and
/// <see cref="IBandit"/> exactly as the experiment does; the others call the sealed classes directly, which the JIT can
/// inline. The memory diagnoser shows that a pull allocates nothing.
/// </remarks>
[MemoryDiagnoser]
public class BanditBenchmarks
{
    private const int Pulls = 100_000;
    private BernoulliBandit bernoulli = null!;
    private GaussianBandit gaussian = null!;
    private Ucb1 ucb1 = null!;
    private GaussianThompsonSampling thompson = null!;
    private BetaThompsonSampling betaThompson = null!;
    private AgoraRandom policyRng;
    private AgoraRandom rewardRng;

    [GlobalSetup]
    public void Setup()
    {
        bernoulli = new BernoulliBandit(BanditInstances.Bernoulli10Means);
        var rng = new AgoraRandom(1);
        gaussian = GaussianBandit.CreateTestbed(10, 1.0, ref rng);
        ucb1 = new Ucb1();
        thompson = new GaussianThompsonSampling();
        betaThompson = new BetaThompsonSampling();
        policyRng = new AgoraRandom(2);
        rewardRng = new AgoraRandom(3);
    }

    [Benchmark(OperationsPerInvoke = Pulls)]
    public double Ucb1Bernoulli()
    {
        ucb1.Reset(10);
        double regret = 0;
        for (int t = 0; t < Pulls; t++)
        {
            int arm = ucb1.SelectArm(ref policyRng);
            regret += bernoulli.Gap(arm);
            ucb1.Update(arm, bernoulli.Pull(arm, ref rewardRng));
        }

        return regret;
    }

    [Benchmark(OperationsPerInvoke = Pulls)]
    public double Ucb1BernoulliInterface() => Play(ucb1, bernoulli);

    /// <summary>The library's own loop, <see cref="BanditRun.PseudoRegret"/>, with the generators in locals as a caller holds them.</summary>
    [Benchmark(OperationsPerInvoke = Pulls)]
    public double Ucb1BernoulliBanditRun()
    {
        AgoraRandom policy = policyRng, reward = rewardRng;
        double regret = BanditRun.PseudoRegret(ucb1, bernoulli, Pulls, ref policy, ref reward);
        (policyRng, rewardRng) = (policy, reward);
        return regret;
    }

    [Benchmark(OperationsPerInvoke = Pulls)]
    public double GaussianThompsonGaussian()
    {
        thompson.Reset(10);
        double regret = 0;
        for (int t = 0; t < Pulls; t++)
        {
            int arm = thompson.SelectArm(ref policyRng);
            regret += gaussian.Gap(arm);
            thompson.Update(arm, gaussian.Pull(arm, ref rewardRng));
        }

        return regret;
    }

    [Benchmark(OperationsPerInvoke = Pulls)]
    public double BetaThompsonBernoulli()
    {
        betaThompson.Reset(10);
        double regret = 0;
        for (int t = 0; t < Pulls; t++)
        {
            int arm = betaThompson.SelectArm(ref policyRng);
            regret += bernoulli.Gap(arm);
            betaThompson.Update(arm, bernoulli.Pull(arm, ref rewardRng));
        }

        return regret;
    }

    private double Play(IBanditPolicy policy, IBandit bandit) => BanditRun.PseudoRegret(policy, bandit, Pulls, ref policyRng, ref rewardRng);
}
