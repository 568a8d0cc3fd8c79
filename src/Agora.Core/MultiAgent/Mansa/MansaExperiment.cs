using Agora.Core.Environments.Foraging;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Mansa;

/// <summary>
/// MANSA vs independent learners (IL) vs the central learner (CL): return and fraction of central calls, on the spec's
/// multi-state climbing game and on a small cooperative Level-Based Foraging preset.
/// </summary>
/// <remarks>
/// Mguni et al. (2023), ICML, arXiv 2302.05910; spec mansa.md (d). IL = tabular IQL, CL = tabular joint-action
/// Q-learning, MANSA = a tabular switcher choosing IL or CL per state with switch cost c (and an optional per-episode
/// budget). Per trial each method trains from its own fork of the trial's generator on the same instance. Metrics:
/// <c>return/{il,cl,mansa}</c> (greedy; normalised to the optimum for the climbing game, mean episode return for LBF),
/// <c>central-calls/{…}</c> (fraction of training decisions made by CL), <c>central-calls-eval/{…}</c> (fraction at
/// greedy evaluation), and MANSA's ratios to CL. On LBF also <c>central-calls-eval-at-food/mansa</c> and
/// <c>central-calls-eval-elsewhere/mansa</c> (how often CL acts in evaluation states where every player stands next to a
/// food, and in the others) and <c>collections-by-il/mansa</c> (the share of MANSA's food collections its IL made). The
/// LBF preset loses <c>lbf-penalty</c> = 0.05 per player on a failed load (lb-foraging's penalty, 0 in its registered ids):
/// without it IQL loads as well as CL and nothing needs coordinating (docs/mansa.md).
/// </remarks>
public sealed class MansaExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "mansa";

    /// <inheritdoc />
    public string Summary => "MANSA switcher vs independent and central Q-learners: return and share of central-learner calls.";

    /// <inheritdoc />
    public string Reference => "Mguni et al. (2023), Learning fast and slow in multi-agent systems (MANSA), ICML; arXiv 2302.05910. docs/mansa.md";

    /// <inheritdoc />
    public int DefaultTrials => 10;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("scenario", "climbing-context", "climbing-context: the spec's 20-context game (16 solo, 4 climbing); lbf: a small cooperative Level-Based Foraging preset.", "climbing-context", "lbf"),
        ParameterSpec.Integer("steps", 40_000, "Training steps (climbing-context).", min: 1, max: 100_000_000),
        ParameterSpec.Integer("episodes", 20_000, "Training episodes (lbf).", min: 1, max: 10_000_000),
        ParameterSpec.Real("switch-cost", 1.0, "Cost c of a central call in the switcher's reward (climbing-context rewards are up to 11).", min: 0, max: 1e6),
        ParameterSpec.Real("lbf-switch-cost", 0.005, "Cost c of a central call for lbf (an episode's rewards sum to at most 1).", min: 0, max: 1e6),
        ParameterSpec.Integer("budget", 0, "Central calls allowed per episode (0 = no budget); climbing-context episodes are 20 steps.", min: 0, max: 1_000_000),
        ParameterSpec.Real("cl-initial-q", 11, "Initial joint-action value of CL on climbing-context (11 = the optimum: optimistic, so each joint action is tried early; 0 = plain).", min: -1e6, max: 1e6),
        ParameterSpec.Real("epsilon", 0.1, "Exploration of every learner and of the switcher.", min: 0, max: 1),
        ParameterSpec.Real("alpha", 0.1, "Step size of every learner and of the switcher.", min: 1e-6, max: 1),
        ParameterSpec.Choice("lbf-id", "Foraging-5x5-2p-1f-coop-v3", "The lbf preset (time limit reported as truncation so learners bootstrap through it).", "Foraging-5x5-2p-1f-coop-v3", "Foraging-6x6-2p-1f-coop-v3", "Foraging-5x5-2p-2f-coop-v3"),
        ParameterSpec.Real("lbf-penalty", 0.05, "Reward each player of a failed load loses (lb-foraging's penalty, 0 in every registered id; 0.05 here). A penalty makes loading alone costly, which independent learners misjudge.", min: 0, max: 1e6),
        ParameterSpec.Integer("eval-episodes", 200, "Greedy evaluation episodes (lbf).", min: 1, max: 1_000_000),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParameterValues p = context.Parameters;
        AgoraRandom root = context.CreateRandom();
        var setup = new Setup(p.GetReal("epsilon"), new QLearningOptions { Alpha = p.GetReal("alpha"), Gamma = 0.99 }, p.GetInt32("budget"), p.GetReal("cl-initial-q"));
        bool lbf = p.GetChoice("scenario") == "lbf";
        MansaResult[] results = new MansaResult[3];
        for (int m = 0; m < 3; m++)
        {
            var method = (Method)m;
            AgoraRandom rng = root.Fork(method.ToString());
            results[m] = lbf
                ? ForagingRun.Run(method, ForagingId.Parse(p.GetChoice("lbf-id")) with { TimeLimitAsTerminated = false, Penalty = p.GetReal("lbf-penalty") }, p.GetInt32("episodes"), p.GetInt32("eval-episodes"), p.GetReal("lbf-switch-cost"), setup, root.Fork("episodes"), ref rng, context.CancellationToken)
                : ClimbingRun.Run(method, p.GetInteger("steps"), p.GetReal("switch-cost"), setup, root.Fork("instance"), ref rng, context.CancellationToken);
            string key = method.ToString().ToLowerInvariant();
            context.Sink.Summary("return/" + key, results[m].Return);
            context.Sink.Summary("central-calls/" + key, results[m].TrainingCentralFraction);
            context.Sink.Summary("central-calls-eval/" + key, results[m].EvaluationCentralFraction);
        }

        if (lbf)
        {
            context.Sink.Summary("central-calls-eval-at-food/mansa", results[2].LoadStateCentralFraction);
            context.Sink.Summary("central-calls-eval-elsewhere/mansa", results[2].OtherStateCentralFraction);
            context.Sink.Summary("collections-by-il/mansa", results[2].IndependentCollectionFraction);
        }

        context.Sink.Summary("return-ratio/mansa-vs-cl", results[2].Return / results[1].Return);
        context.Sink.Summary("calls-ratio/mansa-vs-cl", results[2].TrainingCentralFraction / results[1].TrainingCentralFraction);
    }

    internal enum Method
    {
        IL,
        CL,
        Mansa,
    }

    internal sealed record Setup(double Epsilon, QLearningOptions Options, int Budget, double CentralInitialQ);

    internal sealed record MansaResult(double Return, double TrainingCentralFraction, double EvaluationCentralFraction)
    {
        /// <summary>LBF only: the fraction of greedy evaluation states with every player next to a food in which CL acted.</summary>
        public double LoadStateCentralFraction { get; init; }

        /// <summary>LBF only: the fraction of the other greedy evaluation states in which CL acted.</summary>
        public double OtherStateCentralFraction { get; init; }

        /// <summary>LBF only: the fraction of greedy evaluation steps that collected food in which the independent learners acted.</summary>
        public double IndependentCollectionFraction { get; init; }
    }
}
