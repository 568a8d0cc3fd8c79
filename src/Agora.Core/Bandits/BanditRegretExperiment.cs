using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>
/// <c>bandits-regret</c>: cumulative pseudo-regret of the stochastic, adversarial and non-stationary bandit algorithms
/// on named instances (the Gaussian testbed by default).
/// </summary>
/// <remarks>
/// <para>
/// Each trial builds one instance (<see cref="BanditInstances"/>; the Gaussian testbed draws fresh means from N(0, 1),
/// Sutton and Barto 2018, §2.3) and runs every selected algorithm (<see cref="BanditAlgorithms"/>) on it for
/// <c>steps</c> pulls. The pseudo-regret after T pulls is <c>Σ_t (μ*(t) − μ_{a_t}(t))</c>; it is recorded every
/// <c>record-every</c> pulls under <c>regret/&lt;algorithm&gt;</c>. UCB1, UCB-V, KL-UCB, MOSS and Thompson sampling
/// have regret logarithmic in T on stationary instances (Lai and Robbins 1985; Auer et al. 2002; Garivier and Cappé
/// 2011; Agrawal and Goyal 2012) while fixed-ε greedy grows linearly.
/// </para>
/// <para>
/// Each algorithm draws its rewards and its own randomness from forks of the trial generator keyed by its name, so
/// adding or removing an algorithm never changes another's numbers.
/// </para>
/// </remarks>
public sealed class BanditRegretExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "bandits-regret";

    /// <inheritdoc />
    public string Summary => "Cumulative regret of stochastic, adversarial and non-stationary bandit algorithms on named instances.";

    /// <inheritdoc />
    public string Reference => "Sutton & Barto (2018) §2.3; Auer, Cesa-Bianchi & Fischer (2002); Garivier & Cappé (2011); Agrawal & Goyal (2012). docs/bandits-regret.md";

    /// <inheritdoc />
    public int DefaultTrials => 100;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("arms", 10, "Number of arms k of the gaussian instance; arm means are drawn from N(0, 1).", min: 2, max: 10_000),
        ParameterSpec.Integer("steps", 1000, "Pulls per algorithm per trial (the horizon T).", min: 1, max: 100_000_000),
        ParameterSpec.Real("noise-sd", 1.0, "Standard deviation of each reward around its arm mean (gaussian instance).", min: 1e-9, max: 1e9),
        ParameterSpec.Real("epsilon", 0.1, "Exploration probability of epsilon-greedy.", min: 0, max: 1),
        ParameterSpec.Real("ucb-c", Math.Sqrt(2), "UCB1 exploration coefficient c in mean + c*sqrt(ln t / n); sqrt(2) is Auer et al.'s UCB1.", min: 0, max: 1e6),
        ParameterSpec.Integer("record-every", 10, "Record the regret curves every this many pulls (and at the last pull).", min: 1, max: 100_000_000),
        ParameterSpec.Choice(
            "instance",
            "gaussian",
            "The bandit: gaussian testbed, bernoulli-10 (0.1..0.9 and 0.95), hard-pair (0.5 vs 0.51), bounded-10 (uniform rewards), switching (arm order reversed 3 times), rotting (means decay with use).",
            [.. BanditInstances.Names]),
        ParameterSpec.Choice(
            "algorithms",
            "stochastic",
            "Which algorithms run: a group (stochastic, classic, adversarial, non-stationary, all) or one name; those needing [0, 1] rewards skip the gaussian instance.",
            [.. BanditAlgorithms.Groups.Keys, .. BanditAlgorithms.Names]),
    ];

    /// <summary>The algorithms compared in a trial, built from its parameters and its instance.</summary>
    /// <param name="parameters">The trial parameters.</param>
    /// <param name="bandit">The instance they will play.</param>
    /// <returns>Fresh policies.</returns>
    public static IReadOnlyList<IBanditPolicy> CreatePolicies(ParameterValues parameters, IBandit bandit)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(bandit);
        var settings = new BanditAlgorithmSettings(
            bandit.Arms,
            parameters.GetInteger("steps"),
            bandit.RewardsInUnitInterval ? null : parameters.GetReal("noise-sd"),
            parameters.GetReal("epsilon"),
            parameters.GetReal("ucb-c"));
        return BanditAlgorithms.Expand(parameters.GetChoice("algorithms"))
            .Where(name => BanditAlgorithms.Applies(name, bandit.RewardsInUnitInterval))
            .Select(name => BanditAlgorithms.Create(name, settings))
            .ToArray();
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        long steps = p.GetInteger("steps");
        long recordEvery = p.GetInteger("record-every");
        AgoraRandom root = context.CreateRandom();
        AgoraRandom instanceRng = root.Fork("instance");
        var bandit = BanditInstances.Create(p.GetChoice("instance"), steps, p.GetInt32("arms"), p.GetReal("noise-sd"), ref instanceRng);

        foreach (var policy in CreatePolicies(p, bandit))
        {
            AgoraRandom rewardRng = root.Fork("rewards/" + policy.Name);
            AgoraRandom policyRng = root.Fork("policy/" + policy.Name);
            bandit.Reset();
            policy.Reset(bandit.Arms);
            double regret = 0;
            long optimalPulls = 0;
            string key = "regret/" + policy.Name;
            for (long t = 1; t <= steps; t++)
            {
                int arm = policy.SelectArm(ref policyRng);
                double gap = bandit.Gap(arm);
                policy.Update(arm, bandit.Pull(arm, ref rewardRng));
                regret += gap;
                optimalPulls += gap == 0 ? 1 : 0;
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
