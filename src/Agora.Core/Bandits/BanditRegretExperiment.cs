using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>
/// <c>bandits-regret</c>: cumulative pseudo-regret of ε-greedy, UCB1 and Gaussian Thompson sampling on the Gaussian
/// k-armed testbed.
/// </summary>
/// <remarks>
/// <para>
/// Each trial draws one instance (means from N(0, 1), Sutton and Barto 2018, §2.3) and runs every algorithm on it for
/// <c>steps</c> pulls. The pseudo-regret after T pulls is <c>Σ_t (μ* − μ_{a_t})</c>; it is recorded every
/// <c>record-every</c> pulls under <c>regret/&lt;algorithm&gt;</c>. UCB1 and Thompson sampling have regret logarithmic
/// in T (Lai and Robbins 1985; Auer et al. 2002; Agrawal and Goyal 2013) while fixed-ε greedy grows linearly.
/// </para>
/// <para>
/// Each algorithm draws its rewards from its own fork of the trial generator, keyed by its name, so adding or removing
/// an algorithm never changes another's numbers.
/// </para>
/// </remarks>
public sealed class BanditRegretExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "bandits-regret";

    /// <inheritdoc />
    public string Summary => "Cumulative regret of epsilon-greedy, UCB1 and Thompson sampling on the Gaussian k-armed testbed.";

    /// <inheritdoc />
    public string Reference => "Sutton & Barto (2018) §2.3; Auer, Cesa-Bianchi & Fischer (2002); Agrawal & Goyal (2013). docs/bandits-regret.md";

    /// <inheritdoc />
    public int DefaultTrials => 100;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("arms", 10, "Number of arms k; arm means are drawn from N(0, 1).", min: 2, max: 10_000),
        ParameterSpec.Integer("steps", 1000, "Pulls per algorithm per trial (the horizon T).", min: 1, max: 100_000_000),
        ParameterSpec.Real("noise-sd", 1.0, "Standard deviation of each reward around its arm mean.", min: 1e-9, max: 1e9),
        ParameterSpec.Real("epsilon", 0.1, "Exploration probability of epsilon-greedy.", min: 0, max: 1),
        ParameterSpec.Real("ucb-c", Math.Sqrt(2), "UCB1 exploration coefficient c in mean + c*sqrt(ln t / n); sqrt(2) is Auer et al.'s UCB1.", min: 0, max: 1e6),
        ParameterSpec.Integer("record-every", 10, "Record the regret curves every this many pulls (and at the last pull).", min: 1, max: 100_000_000),
    ];

    /// <summary>The algorithms compared, built from a trial's parameters.</summary>
    /// <param name="parameters">The trial parameters.</param>
    /// <returns>Fresh policies.</returns>
    public static IReadOnlyList<IBanditPolicy> CreatePolicies(ParameterValues parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return
        [
            new EpsilonGreedy(parameters.GetReal("epsilon")),
            new Ucb1(parameters.GetReal("ucb-c")),
            new GaussianThompsonSampling(noiseStandardDeviation: parameters.GetReal("noise-sd")),
        ];
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int arms = p.GetInt32("arms");
        long steps = p.GetInteger("steps");
        long recordEvery = p.GetInteger("record-every");
        AgoraRandom root = context.CreateRandom();
        AgoraRandom instanceRng = root.Fork("instance");
        var bandit = GaussianBandit.CreateTestbed(arms, p.GetReal("noise-sd"), ref instanceRng);
        int bestArm = Array.IndexOf(bandit.Means.ToArray(), bandit.BestMean);

        foreach (var policy in CreatePolicies(p))
        {
            AgoraRandom rewardRng = root.Fork("rewards/" + policy.Name);
            AgoraRandom policyRng = root.Fork("policy/" + policy.Name);
            policy.Reset(arms);
            double regret = 0;
            long optimalPulls = 0;
            string key = "regret/" + policy.Name;
            for (long t = 1; t <= steps; t++)
            {
                int arm = policy.SelectArm(ref policyRng);
                policy.Update(arm, bandit.Pull(arm, ref rewardRng));
                regret += bandit.Gap(arm);
                optimalPulls += arm == bestArm ? 1 : 0;
                if (t % recordEvery == 0 || t == steps)
                {
                    context.Sink.Scalar(key, t, regret);
                    context.CancellationToken.ThrowIfCancellationRequested();
                }
            }

            context.Sink.Summary(key, regret);
            context.Sink.Summary("optimal-fraction/" + policy.Name, (double)optimalPulls / steps);
        }
    }
}
