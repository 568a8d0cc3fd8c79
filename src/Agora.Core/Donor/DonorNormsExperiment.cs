using System.Globalization;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>
/// <c>donor-norms</c>: the classic indirect-reciprocity norms (image scoring, standing, stern judging, shunning) in the
/// Donor game, against each other and against evolving parametric agents, under truncation selection with cultural
/// transmission.
/// </summary>
/// <remarks>
/// Norms: Nowak &amp; Sigmund (1998) image scoring; Sugden (1986) standing; Kandori (1992) stern judging; Ohtsuki &amp;
/// Iwasa (2004) shunning. Agents start in equal numbers per kind (round robin); newcomers copy a random survivor's kind
/// (and, for parametric agents, its mutated genes). The measured quantity is each kind's share of the population and
/// mean score per generation, averaged over <c>seeds</c> societies.
/// </remarks>
public sealed class DonorNormsExperiment : IExperiment
{
    private static readonly DonorStrategyKind[] Norms =
        [DonorStrategyKind.ImageScoring, DonorStrategyKind.Standing, DonorStrategyKind.SternJudging, DonorStrategyKind.Shunning];

    /// <inheritdoc />
    public string Name => "donor-norms";

    /// <inheritdoc />
    public string Summary => "Classic indirect-reciprocity norms against each other and against evolving agents in the Donor game.";

    /// <inheritdoc />
    public string Reference => "Vallinder & Hughes (2024); Nowak & Sigmund (1998); Ohtsuki & Iwasa (2004). docs/donor-game.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("agents", 12, "Agents per generation (even).", min: 2, max: 10_000),
        ParameterSpec.Integer("generations", 30, "Generations per society.", min: 1, max: 1_000_000),
        ParameterSpec.Choice("selection", "top", "Who survives: top (by resources, the paper's method), random, or reputation (the notebook's alternatives).", "top", "random", "reputation"),
        ParameterSpec.Real("sigma", 0.1, "Gaussian mutation of a parametric newcomer's genes.", min: 0, max: 10),
        ParameterSpec.Choice("gene-bounds", "free", "What mutation does at a parametric gene's bounds: free (keep the value; shares are clipped when used), clamp, or reflect.", "free", "clamp", "reflect"),
        ParameterSpec.Integer("seeds", 20, "Independent societies within one trial.", min: 1, max: 100_000),
        ParameterSpec.Choice("population", "mixed", "mixed: the four norms plus evolving parametric agents; norms: the four norms only.", "mixed", "norms"),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        var options = new DonorGameOptions { Agents = p.GetInt32("agents"), Generations = p.GetInt32("generations"), Selection = Enum.Parse<DonorSelection>(p.GetChoice("selection"), ignoreCase: true) }.Validate();
        int seeds = p.GetInt32("seeds");
        var mutation = new DonorMutation { Sigma = p.GetReal("sigma"), Bounds = Enum.Parse<DonorGeneBounds>(p.GetChoice("gene-bounds"), ignoreCase: true) };
        var kinds = p.GetChoice("population") == "mixed" ? [.. Norms, DonorStrategyKind.Parametric] : Norms;
        var share = new double[options.Generations, kinds.Length];
        var score = new double[options.Generations, kinds.Length];
        var scoreCount = new double[options.Generations, kinds.Length];
        var resources = new double[options.Generations];
        AgoraRandom root = context.CreateRandom();
        for (int s = 0; s < seeds; s++)
        {
            AgoraRandom rng = root.Fork(s.ToString(CultureInfo.InvariantCulture));
            var population = new DonorGenome[options.Agents];
            for (int a = 0; a < population.Length; a++)
            {
                var kind = kinds[a % kinds.Length];
                population[a] = kind == DonorStrategyKind.Parametric ? DonorGenome.RandomParametric(ref rng, mutation) : DonorGenome.Norm(kind);
            }

            var run = new DonorPopulationRun(options, population, mutation);
            for (int g = 0; g < options.Generations; g++)
            {
                var stats = run.Step(g + 1, ref rng, select: false);
                resources[g] += stats.Game.MeanResources / seeds;
                for (int a = 0; a < population.Length; a++)
                {
                    int k = Array.IndexOf(kinds, population[a].Kind);
                    share[g, k] += 1.0 / (population.Length * seeds);
                    score[g, k] += run.Game.Scores[a];
                    scoreCount[g, k]++;
                }

                if (g + 1 < options.Generations)
                {
                    run.Select(ref rng);
                }
            }

            context.CancellationToken.ThrowIfCancellationRequested();
        }

        for (int g = 0; g < options.Generations; g++)
        {
            context.Sink.Scalar("resources", g + 1, resources[g]);
            for (int k = 0; k < kinds.Length; k++)
            {
                string name = Key(kinds[k]);
                context.Sink.Scalar("share/" + name, g + 1, share[g, k]);
                if (scoreCount[g, k] > 0)
                {
                    context.Sink.Scalar("score/" + name, g + 1, score[g, k] / scoreCount[g, k]);
                }
            }
        }

        int last = options.Generations - 1;
        context.Sink.Summary("final-resources", resources[last]);
        for (int k = 0; k < kinds.Length; k++)
        {
            context.Sink.Summary("final-share/" + Key(kinds[k]), share[last, k]);
        }
    }

    private static string Key(DonorStrategyKind kind) => kind switch
    {
        DonorStrategyKind.ImageScoring => "image-scoring",
        DonorStrategyKind.Standing => "standing",
        DonorStrategyKind.SternJudging => "stern-judging",
        DonorStrategyKind.Shunning => "shunning",
        _ => "parametric",
    };
}
