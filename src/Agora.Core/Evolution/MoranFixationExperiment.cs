using Agora.Core.Experiments;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Evolution;

/// <summary>
/// <c>moran-fixation</c>: neutral fixation equals 1/N, and one Tit For Tat invading Defectors fixes with a different
/// probability on a cycle than on a complete graph.
/// </summary>
/// <remarks>
/// <para>
/// Neutral: one Cooperator among N − 1 <c>Cycler: C</c> (different names, identical play) fixes with probability 1/N
/// (Moran, "Random processes in genetics", 1958); on regular graphs too (Lieberman, Hauert &amp; Nowak, "Evolutionary
/// dynamics on graphs", Nature 433, 2005).
/// </para>
/// <para>
/// Invasion: one Tit For Tat among N − 1 Defectors, PD (3, 0, 5, 1), <c>turns</c>-turn matches. On a complete graph a
/// lone TFT earns less than the Defectors around it (per turn (turns−1)/turns against each of them, against the
/// Defectors' 1 + 4/turns), while on a cycle under death–birth TFT clusters support each other (Ohtsuki, Hauert,
/// Lieberman &amp; Nowak, Nature 441, 2006). Each probability comes with a Clopper–Pearson interval at
/// <c>confidence</c>.
/// </para>
/// </remarks>
public sealed class MoranFixationExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "moran-fixation";

    /// <inheritdoc />
    public string Summary => "Moran fixation: neutral equals 1/N; Tit For Tat invading Defectors on a cycle vs a complete graph.";

    /// <inheritdoc />
    public string Reference => "Moran (1958); Lieberman, Hauert & Nowak (2005); Ohtsuki et al. (2006). docs/moran-fixation.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("population", 10, "Population size N.", min: 3, max: 1000),
        ParameterSpec.Integer("runs", 10_000, "Independent Moran runs per scenario.", min: 1, max: 10_000_000),
        ParameterSpec.Integer("turns", 200, "Turns per match (invasion scenarios).", min: 1, max: 100_000),
        ParameterSpec.Choice("mode", "db", "db: death-birth; bd: birth-death.", "db", "bd"),
        ParameterSpec.Real("confidence", 0.99, "Level of the Clopper-Pearson intervals.", min: 0.5, max: 0.999999),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int n = p.GetInt32("population");
        int runs = p.GetInt32("runs");
        double confidence = p.GetReal("confidence");
        var mode = p.GetChoice("mode") == "db" ? MoranMode.DeathBirth : MoranMode.BirthDeath;
        var match = new MatchOptions { Turns = p.GetInt32("turns") };
        Strategy[] neutral = [new Cooperator(), .. Enumerable.Range(1, n - 1).Select(_ => (Strategy)new Cycler("C"))];
        Strategy[] invasion = [new TitForTat(), .. Enumerable.Range(1, n - 1).Select(_ => (Strategy)new Defector())];
        context.Sink.Summary("neutral/expected", 1.0 / n);
        Report(context, "neutral", "Cooperator", neutral, new MoranOptions { Mode = mode, Match = match }, runs, confidence, 0);
        Report(context, "tft-complete", "Tit For Tat", invasion, new MoranOptions { Mode = mode, Match = match }, runs, confidence, 1);
        Report(context, "tft-cycle", "Tit For Tat", invasion, new MoranOptions { Mode = mode, Match = match, InteractionGraph = PopulationGraph.Cycle(n) }, runs, confidence, 2);
    }

    private static void Report(TrialContext context, string key, string type, Strategy[] players, MoranOptions options, int runs, double confidence, ulong scenario)
    {
        ulong seed = Randomness.AgoraRandom.DeriveSeed(context.Seed, (long)scenario);
        // Runs are independent and keyed by index, so using every core cannot change the numbers.
        var estimate = FixationProbability.Estimate(players, options, runs, seed, Environment.ProcessorCount, confidence, context.CancellationToken);
        FixationCount row = estimate[type];
        context.Sink.Summary(key + "/fixation", row.Probability);
        context.Sink.Summary(key + "/lower", row.Lower);
        context.Sink.Summary(key + "/upper", row.Upper);
        context.Sink.Summary(key + "/mean-generations", estimate.MeanGenerations);

        // One example run (run 0 of the estimate's seed tree is not exposed, so a run of its own seed) for stackplots.
        MoranResult example = new MoranProcess(players, options, Randomness.AgoraRandom.DeriveSeed(seed, -1)).Run();
        context.Sink.Artifact($"populations-{key}.json", "application/json", PopulationHistoryJson.Write(example, players.Length));
    }
}
