using System.Globalization;
using Agora.Core.Experiments;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Llm.Client;
using Agora.Llm.Players;

namespace Agora.Llm.Experiments;

/// <summary>
/// <c>akata-llm</c>: an LLM plays the repeated Prisoner's Dilemma and Battle of the Sexes (10 rounds) against Akata et
/// al.'s hand-coded opponents, with and without social chain-of-thought, reporting the paper's metrics.
/// </summary>
/// <remarks>
/// Akata et al., "Playing repeated games with Large Language Models", Nature Human Behaviour (2025). The LLM sits in
/// seat 0 (player 1; in BoS it prefers J). Metrics per game, opponent and mode: normalised score (total over
/// rounds × the largest own payoff), joint-cooperation rate (PD: both J) and coordination rate (BoS: same option).
/// </remarks>
/// <param name="services">The host's environment.</param>
public sealed class AkataLlmExperiment(LlmServices services) : IExperiment
{
    private static readonly string[] Opponents =
        ["AlwaysJ", "AlwaysF", "DefectOnce", "Alternating JF", "Alternating FJ", "TFT", "TFTT", "STFT", "RTFT", "HTFT", "NP10", "NP20", "GrimTrigger"];

    /// <inheritdoc />
    public string Name => "akata-llm";

    /// <inheritdoc />
    public string Summary => "An LLM plays repeated PD and BoS against Akata et al.'s hand-coded opponents, with and without social chain-of-thought.";

    /// <inheritdoc />
    public string Reference => "Akata et al. (2025), Nature Human Behaviour; prompts from eliaka/repeatedgames (MIT). docs/llm-endpoints.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("games", "both", "akata-pd, akata-bos or both.", "both", "akata-pd", "akata-bos"),
        ParameterSpec.Choice("scot", "both", "Social chain-of-thought: off, on or both.", "both", "off", "on"),
        ParameterSpec.Integer("rounds", 10, "Rounds per match.", min: 1, max: 1000),
        .. LlmParameters.Create(temperature: 0, maxTokens: 1),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        string games = p.GetChoice("games");
        string scot = p.GetChoice("scot");
        int rounds = p.GetInt32("rounds");
        var usage = new LlmUsage();
        var client = LlmParameters.Client(context, services, usage);
        foreach (string gameId in games == "both" ? ["akata-pd", "akata-bos"] : new[] { games })
        {
            var game = (MatrixGame)(GameRegistry.TryGet(gameId, out var g) ? g : throw new InvalidOperationException($"game {gameId} is not registered"));
            double best = Enumerable.Range(0, 2).SelectMany(a => Enumerable.Range(0, 2).Select(b => game.Payoff(0, a, b))).Max();
            foreach (bool chain in scot == "both" ? [false, true] : new[] { scot == "on" })
            {
                string mode = chain ? "scot" : "base";
                double scoreSum = 0, rateSum = 0;
                foreach (string opponent in Opponents)
                {
                    var llm = new AkataLlmStrategy(client, usage, new AkataLlmOptions { SocialChainOfThought = chain, ShuffleOptionOrder = gameId == "akata-pd" }, context.CancellationToken);
                    var result = new Match(game, llm, StrategyRegistry.Create(opponent), new MatchOptions { Turns = rounds })
                        .Play(Core.Randomness.AgoraRandom.DeriveSeed(context.Seed, $"{gameId}/{opponent}/{mode}"));
                    double normalised = result.Scores[0] / (rounds * best);
                    // StateCounts are CC, CD, DC, DD from seat 0: joint J is CC; coordination is CC + DD.
                    double rate = gameId == "akata-pd"
                        ? (double)result.StateCounts[0] / result.Turns
                        : (double)(result.StateCounts[0] + result.StateCounts[3]) / result.Turns;
                    string key = $"{gameId}/{Slug(opponent)}/{mode}";
                    context.Sink.Summary("score/" + key, normalised);
                    context.Sink.Summary((gameId == "akata-pd" ? "joint-cooperation/" : "coordination/") + key, rate);
                    context.Sink.Artifact($"moves/{key}.txt", "text/plain", System.Text.Encoding.UTF8.GetBytes(result.Moves[0] + "\n" + result.Moves[1] + "\n"));
                    scoreSum += normalised;
                    rateSum += rate;
                }

                context.Sink.Summary($"score/{gameId}/{mode}", scoreSum / Opponents.Length);
                context.Sink.Summary($"{(gameId == "akata-pd" ? "joint-cooperation" : "coordination")}/{gameId}/{mode}", rateSum / Opponents.Length);
            }
        }

        foreach (var (key, value) in usage.ToSummary())
        {
            context.Sink.Summary(key, value);
        }
    }

    private static string Slug(string name) => name.ToLower(CultureInfo.InvariantCulture).Replace(' ', '-');
}
