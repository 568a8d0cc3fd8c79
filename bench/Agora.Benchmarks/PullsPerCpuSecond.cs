using System.Diagnostics;
using Agora.Core.Bandits;
using Agora.Core.Randomness;

namespace Agora.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- pulls-per-cpu-second</c>: pulls per second of process CPU time, for shared machines where
/// wall-clock benchmarks measure the neighbours' load more than the code.
/// </summary>
internal static class PullsPerCpuSecond
{
    public static void Run()
    {
        var bernoulli = new BernoulliBandit(BanditInstances.Bernoulli10Means);
        var rng = new AgoraRandom(1);
        var gaussian = GaussianBandit.CreateTestbed(10, 1.0, ref rng);
        Measure("UCB1, Bernoulli, 10 arms", new Ucb1(), bernoulli, 50_000_000);
        Measure("Gaussian Thompson, Gaussian, 10 arms", new GaussianThompsonSampling(), gaussian, 5_000_000);
        Measure("Beta Thompson, Bernoulli, 10 arms", new BetaThompsonSampling(), bernoulli, 2_000_000);
    }

    private static void Measure<TPolicy, TBandit>(string label, TPolicy policy, TBandit bandit, int pulls)
        where TPolicy : class, IBanditPolicy
        where TBandit : class, IBandit
    {
        Play(policy, bandit, pulls / 10); // warm up and let tiered compilation settle
        var process = Process.GetCurrentProcess();
        TimeSpan cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        double regret = Play(policy, bandit, pulls);
        wall.Stop();
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"{label}: {pulls / cpu / 1e6:F1}M pulls per CPU-second ({pulls / wall.Elapsed.TotalSeconds / 1e6:F1}M per wall second; regret {regret:F0})");
    }

    private static double Play(IBanditPolicy policy, IBandit bandit, int pulls)
    {
        var policyRng = new AgoraRandom(2);
        var rewardRng = new AgoraRandom(3);
        return BanditRun.PseudoRegret(policy, bandit, pulls, ref policyRng, ref rewardRng);
    }
}
