using System.Globalization;
using System.Text;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Core.Statistics;

namespace Agora.Core.Donor;

/// <summary>
/// <c>donor-cultural-evolution</c>: numeric agents evolve donation strategies in the Donor game, with and without a
/// reciprocity gene and with and without costly punishment; does conditional giving raise resources?
/// </summary>
/// <remarks>
/// Vallinder &amp; Hughes, "Cultural Evolution of Cooperation among LLM Agents" (arXiv 2412.10270, 2024): their LLM
/// societies that evolve indirect reciprocity reach higher resources. This is the spec's "smallest faithful CPU
/// version": the exact schedule, gain, traces and truncation selection, with parametric agents in place of LLMs. Each
/// trial runs <c>seeds</c> independent societies per condition and reports the per-generation means and the quantiles
/// of the societies' resources, the final resources (mean, its normal-approximation 95% half-width, median, and the
/// share of societies whose final generation still gives at least half), a one-sided Mann–Whitney test of "reciprocity
/// raises final resources" (p, U, z), a one-sided Fisher exact test of "reciprocity raises the share of societies still
/// giving half", the final populations, and every generation's survivors for the first 10 societies (up to generation
/// 1,000).
/// </remarks>
public sealed class DonorCulturalEvolutionExperiment : IExperiment
{
    private static readonly (string Name, bool Reciprocity, bool Punishment)[] Conditions =
    [
        ("reciprocity", true, false),
        ("no-reciprocity", false, false),
        ("reciprocity+punishment", true, true),
        ("no-reciprocity+punishment", false, true),
    ];

    /// <inheritdoc />
    public string Name => "donor-cultural-evolution";

    /// <inheritdoc />
    public string Summary => "Donor game with cultural evolution of numeric strategies: reciprocity vs none, punishment vs none.";

    /// <inheritdoc />
    public string Reference => "Vallinder & Hughes (2024), arXiv 2412.10270. docs/donor-game.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("agents", 12, "Agents per generation (even).", min: 2, max: 10_000),
        ParameterSpec.Real("endowment", 10, "Units each agent starts each game with.", min: 0, max: 1e9),
        ParameterSpec.Real("gain", 2, "The recipient receives this multiple of a donation.", min: 0, max: 1e3),
        ParameterSpec.Real("punishment-loss", 2, "A punishment costing x removes this multiple of x.", min: 0, max: 1e3),
        ParameterSpec.Integer("generations", 10, "Generations per society.", min: 1, max: 1_000_000),
        ParameterSpec.Real("survivor-share", 0.5, "Share of agents that survive selection.", min: 1e-9, max: 1 - 1e-9),
        ParameterSpec.Choice("selection", "top", "Who survives: top (by resources, the paper's method), random, or reputation (the notebook's alternatives).", "top", "random", "reputation"),
        ParameterSpec.Real("sigma", 0.1, "Gaussian mutation of a newcomer's genes.", min: 0, max: 10),
        ParameterSpec.Real("reciprocity-range", DonorGenome.DefaultReciprocityRange, "Initial reciprocity genes are uniform in [0, r] (and kept within [-r, r] when gene-bounds is clamp or reflect).", min: 0.01, max: 100),
        ParameterSpec.Choice("gene-bounds", "free", "What mutation does at a gene's bounds: free (keep the value; shares are clipped when used), clamp, or reflect.", "free", "clamp", "reflect"),
        ParameterSpec.Integer("seeds", 100, "Independent societies per condition within one trial.", min: 2, max: 100_000),
        ParameterSpec.Boolean("game-two-only", false, "Code quirk: select on game 2's resources only (default: both games count)."),
        ParameterSpec.Boolean("reset-traces", false, "Code quirk: reset every trace at the start of each game."),
    ];

    /// <summary>Builds the game options from a trial's parameters; invalid combinations throw naming the parameter.</summary>
    /// <param name="p">The parameters.</param>
    /// <param name="punishment">Whether the costly-punishment variant is played.</param>
    /// <returns>The options.</returns>
    public static DonorGameOptions Options(ParameterValues p, bool punishment)
    {
        ArgumentNullException.ThrowIfNull(p);
        try
        {
            return new DonorGameOptions
            {
                Agents = p.GetInt32("agents"),
                Endowment = p.GetReal("endowment"),
                CooperationGain = p.GetReal("gain"),
                PunishmentLoss = p.GetReal("punishment-loss"),
                Generations = p.GetInt32("generations"),
                SurvivorShare = p.GetReal("survivor-share"),
                Selection = Enum.Parse<DonorSelection>(p.GetChoice("selection"), ignoreCase: true),
                Variant = punishment ? DonorVariant.CostlyPunishment : DonorVariant.Plain,
                SelectOnGameTwoOnly = p.GetBoolean("game-two-only"),
                ResetTracesEachGame = p.GetBoolean("reset-traces"),
            }.Validate();
        }
        catch (ArgumentException e)
        {
            string name = e.ParamName switch
            {
                nameof(DonorGameOptions.Agents) => "agents",
                nameof(DonorGameOptions.SurvivorShare) => "survivor-share",
                nameof(DonorGameOptions.Endowment) => "endowment",
                _ => e.ParamName ?? "parameters",
            };
            throw new ParameterException(name, $"Parameter '{name}': {e.Message.Split(" (Parameter")[0]}");
        }
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int seeds = p.GetInt32("seeds");
        if ((long)seeds * p.GetInt32("generations") > MaxSocietyGenerations)
        {
            throw new ParameterException("seeds", $"Parameters 'seeds' × 'generations' = {seeds} × {p.GetInt32("generations")} exceeds {MaxSocietyGenerations:N0} (the per-generation quantiles keep one value per society and generation); run fewer societies per trial and more trials with -n.");
        }

        int logged = Math.Min(seeds, LoggedSocieties);
        var transmission = new DonorMutation { Sigma = p.GetReal("sigma"), ReciprocityRange = p.GetReal("reciprocity-range"), Bounds = Enum.Parse<DonorGeneBounds>(p.GetChoice("gene-bounds"), ignoreCase: true) };
        AgoraRandom root = context.CreateRandom();
        var finals = new Dictionary<string, double[]>();
        var cooperative = new Dictionary<string, int>();
        foreach (var (name, reciprocity, punishment) in Conditions)
        {
            var options = Options(p, punishment);
            var mutation = transmission with { ReciprocityEvolves = reciprocity };
            int generations = options.Generations;
            var sums = new double[generations, 6];
            var societyResources = new double[generations][];
            for (int g = 0; g < generations; g++)
            {
                societyResources[g] = new double[seeds];
            }

            int giving = 0;
            var survivors = new StringBuilder("[");
            var survivorLog = new StringBuilder("society,generation,rank,score,base,reciprocity,punish_threshold,punish_share\n");
            for (int s = 0; s < seeds; s++)
            {
                AgoraRandom rng = root.Fork(name + "/" + s.ToString(CultureInfo.InvariantCulture));
                var population = new DonorGenome[options.Agents];
                for (int a = 0; a < population.Length; a++)
                {
                    population[a] = DonorGenome.RandomParametric(ref rng, mutation);
                }

                var run = new DonorPopulationRun(options, population, mutation);
                for (int g = 1; g <= generations; g++)
                {
                    var stats = run.Step(g, ref rng, select: g < generations);
                    sums[g - 1, 0] += stats.Game.MeanResources / seeds;
                    sums[g - 1, 1] += stats.Game.MeanDonatedShare / seeds;
                    sums[g - 1, 2] += stats.Game.PunishmentShare / seeds;
                    sums[g - 1, 3] += stats.ConditionalShare / seeds;
                    sums[g - 1, 4] += stats.MeanReciprocity / seeds;
                    sums[g - 1, 5] += stats.Game.MeanDonatedShare >= 0.5 ? 1.0 / seeds : 0;
                    societyResources[g - 1][s] = stats.Game.MeanResources;
                    if (g == generations)
                    {
                        giving += stats.Game.MeanDonatedShare >= 0.5 ? 1 : 0;
                    }
                    else if (s < logged && g <= LoggedGenerations)
                    {
                        LogSurvivors(survivorLog, s, g, run);
                    }
                }

                survivors.Append(s == 0 ? string.Empty : ",").Append(GenomesJson(population));
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            for (int g = 0; g < generations; g++)
            {
                context.Sink.Scalar("resources/" + name, g + 1, sums[g, 0]);
                context.Sink.Scalar("donated-share/" + name, g + 1, sums[g, 1]);
                context.Sink.Scalar("punishment-share/" + name, g + 1, sums[g, 2]);
                context.Sink.Scalar("conditional-share/" + name, g + 1, sums[g, 3]);
                context.Sink.Scalar("reciprocity/" + name, g + 1, sums[g, 4]);
                context.Sink.Scalar("societies-giving-half/" + name, g + 1, sums[g, 5]);
                var sorted = societyResources[g].Order().ToArray();
                foreach (var (label, q) in ResourceQuantiles)
                {
                    context.Sink.Scalar($"resources-{label}/{name}", g + 1, Quantiles.OfSorted(sorted, q));
                }
            }

            var final = societyResources[generations - 1];
            double mean = final.Average();
            double sd = Math.Sqrt(final.Sum(x => (x - mean) * (x - mean)) / (seeds - 1));
            context.Sink.Summary("final-resources/" + name, mean);
            context.Sink.Summary("final-resources-ci95/" + name, 1.96 * sd / Math.Sqrt(seeds));
            context.Sink.Summary("societies-giving-half/" + name, (double)giving / seeds);
            context.Sink.Summary("median-final-resources/" + name, Quantiles.OfSorted(final.Order().ToArray(), 0.5));
            context.Sink.Artifact($"final-population/{name}.json", "application/json", Encoding.UTF8.GetBytes(survivors.Append(']').ToString()));
            if (logged > 0 && generations > 1)
            {
                context.Sink.Artifact($"survivors/{name}.csv", "text/csv", Encoding.UTF8.GetBytes(survivorLog.ToString()));
            }
            finals[name] = final;
            cooperative[name] = giving;
        }

        Report(context, "reciprocity-raises-resources", MannWhitney.Greater(finals["reciprocity"], finals["no-reciprocity"]));
        Report(context, "reciprocity-raises-resources-with-punishment", MannWhitney.Greater(finals["reciprocity+punishment"], finals["no-reciprocity+punishment"]));
        context.Sink.Summary("p/reciprocity-raises-cooperative-societies", FisherExact.Greater(cooperative["reciprocity"], seeds, cooperative["no-reciprocity"], seeds));
        context.Sink.Summary("p/reciprocity-raises-cooperative-societies-with-punishment", FisherExact.Greater(cooperative["reciprocity+punishment"], seeds, cooperative["no-reciprocity+punishment"], seeds));
    }

    /// <summary>The survivor log covers this many societies per condition…</summary>
    private const int LoggedSocieties = 10;

    /// <summary>…for this many generations, so that its size stays bounded however long a run is.</summary>
    private const int LoggedGenerations = 1000;

    /// <summary>Per-generation quantiles keep one value per society and generation; this bounds that table.</summary>
    private const long MaxSocietyGenerations = 10_000_000;

    private static readonly (string Label, double Q)[] ResourceQuantiles = [("q10", 0.1), ("q25", 0.25), ("median", 0.5), ("q75", 0.75), ("q90", 0.9)];

    private static void LogSurvivors(StringBuilder log, int society, int generation, DonorPopulationRun run)
    {
        int rank = 1;
        foreach (int agent in run.Survivors)
        {
            var g = run.Population[agent];
            log.Append(CultureInfo.InvariantCulture, $"{society},{generation},{rank++},{run.Game.Scores[agent]:R},{g.Base:R},{g.Reciprocity:R},{g.PunishThreshold:R},{g.PunishShare:R}\n");
        }
    }

    private static void Report(TrialContext context, string test, MannWhitneyResult result)
    {
        context.Sink.Summary("p/" + test, result.PValue);
        context.Sink.Summary("u/" + test, result.U);
        context.Sink.Summary("z/" + test, result.Z);
    }

    private static string GenomesJson(DonorGenome[] population) =>
        "[" + string.Join(",", population.Select(g => string.Create(CultureInfo.InvariantCulture, $"{{\"kind\":\"{g.Kind}\",\"base\":{g.Base:R},\"reciprocity\":{g.Reciprocity:R},\"punish_threshold\":{g.PunishThreshold:R},\"punish_share\":{g.PunishShare:R}}}"))) + "]";
}
