using System.Globalization;
using System.Text;
using System.Text.Json;
using Agora.Core.Donor;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Llm.Client;
using Agora.Llm.Prompts;

namespace Agora.Llm.Donor;

/// <summary>
/// The paper's LLM protocol: agents write strategies (generation 1 from scratch, later ones from the survivors' advice),
/// play both games of each generation through <see cref="LlmDonorDecider"/>, and the top half survive (or a random
/// half, or the half with the best reputation: <see cref="DonorGameOptions.Selection"/>).
/// </summary>
public static class LlmDonorSociety
{
    /// <summary>Runs the society and reports per-generation metrics and strategy texts.</summary>
    /// <param name="options">The game rules.</param>
    /// <param name="client">The model.</param>
    /// <param name="usage">Request and fallback counters.</param>
    /// <param name="seed">The trial seed (schedules and sample keys).</param>
    /// <param name="sink">Where metrics and artifacts go.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    /// <param name="concurrency">How many LLM requests may be in flight at once (default 1).</param>
    public static void Run(DonorGameOptions options, ILlmClient client, LlmUsage usage, ulong seed, IMetricSink sink, CancellationToken cancellation, int concurrency = 1)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        var settings = new DonorPromptSettings(options.Endowment, options.CooperationGain, options.PunishmentLoss, options.Variant);
        var strategies = new string?[options.Agents];
        var decider = new LlmDonorDecider(client, usage, settings, strategies, seed.ToString(CultureInfo.InvariantCulture), cancellation, concurrency);
        var game = new DonorGame(options);
        var evolution = new DonorEvolution(options);
        var rng = new AgoraRandom(seed);
        string? advice = null;
        var newcomers = Enumerable.Range(0, options.Agents).ToArray();
        for (int generation = 1; generation <= options.Generations; generation++)
        {
            var asked = decider.AskStrategies(newcomers, advice, generation);
            for (int i = 0; i < newcomers.Length; i++)
            {
                strategies[newcomers[i]] = asked[i];
            }

            var result = game.PlayGeneration(ref decider, generation, ref rng);
            sink.Scalar("resources", generation, result.MeanResources);
            sink.Scalar("donated-share", generation, result.MeanDonatedShare);
            sink.Scalar("punishment-share", generation, result.PunishmentShare);
            sink.Scalar("refusal-share", generation, result.RefusalShare);
            var ranked = evolution.Rank(game.SelectionScores, ref rng).ToArray();
            var survivors = ranked[..options.Survivors];
            sink.Artifact(
                $"strategies/generation-{generation}.json",
                "application/json",
                JsonSerializer.SerializeToUtf8Bytes(ranked.Select(a => new { agent = LlmDonorDecider.Name(a), score = game.Scores[a], reputation = game.ReputationScores[a], survived = survivors.Contains(a), strategy = strategies[a] })));
            if (generation == options.Generations)
            {
                sink.Summary("final-resources", result.MeanResources);
                break;
            }

            advice = Advice(survivors, strategies, game.Scores);
            newcomers = ranked[options.Survivors..];
            game.ClearTraces(newcomers);
            foreach (int agent in newcomers)
            {
                strategies[agent] = null;
            }
        }

        foreach (var (key, value) in usage.ToSummary())
        {
            sink.Summary(key, value);
        }
    }

    // The spec gives the survivors' strategies and scores but not their layout; one line per survivor is our reading.
    private static string Advice(int[] survivors, string?[] strategies, double[] scores)
    {
        var text = new StringBuilder();
        foreach (int agent in survivors)
        {
            text.Append('\n').Append(LlmDonorDecider.Name(agent)).Append(": ").Append(strategies[agent])
                .Append(" (final score: ").Append(scores[agent].ToString("0.##", CultureInfo.InvariantCulture)).Append(')');
        }

        return text.Append('\n').ToString();
    }
}
