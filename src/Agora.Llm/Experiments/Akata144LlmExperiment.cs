using System.Globalization;
using Agora.Core.Experiments;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Llm.Client;
using Agora.Llm.Players;

namespace Agora.Llm.Experiments;

/// <summary>
/// <c>akata-144-llm</c>: the family sweep behind Akata et al.'s Table 1. An LLM plays 10 rounds of each of the 144
/// Robinson–Goforth ordinal 2×2 games as player 1, with two random capital letters as option labels per game and the
/// option order shuffled each round; its normalised score (total over rounds × its largest payoff) is averaged by
/// family.
/// </summary>
/// <remarks>
/// Akata et al. pair every model with every model; here the opponent is a parameter: another copy of the same LLM
/// (<c>self</c>, the default) or any registered strategy. Labels follow <c>randomized_choice_options</c> in
/// <c>all_games/query_play_all_games.py</c> (two distinct letters A–Z), drawn from the trial seed.
/// </remarks>
/// <param name="services">The host's environment.</param>
public sealed class Akata144LlmExperiment(LlmServices services) : IExperiment
{
    /// <inheritdoc />
    public string Name => "akata-144-llm";

    /// <inheritdoc />
    public string Summary => "An LLM plays all 144 Robinson-Goforth 2x2 games (Akata et al.'s Table 1 sweep); normalised score by family.";

    /// <inheritdoc />
    public string Reference => "Akata et al. (2025), Table 1; Robinson & Goforth (2005). docs/llm-endpoints.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Text("opponent", "self", "self (the same LLM as player 2) or a registered strategy name.", name => name == "self" || StrategyRegistry.TryGet(name, out _) ? null : $"'{name}' is neither 'self' nor a registered strategy"),
        ParameterSpec.Integer("rounds", 10, "Rounds per game.", min: 1, max: 1000),
        ParameterSpec.Integer("games", 144, "Play games rg-1 … rg-N (fewer for a quick check).", min: 1, max: 144),
        .. LlmParameters.Create(temperature: 0, maxTokens: 1),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int rounds = p.GetInt32("rounds");
        string opponent = p.GetText("opponent");
        var usage = new LlmUsage();
        var client = LlmParameters.Client(context, services, usage);
        var root = context.CreateRandom();
        var byFamily = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var info in RobinsonGoforth.All.Take(p.GetInt32("games")))
        {
            AgoraRandom rng = root.Fork(info.Id);
            int first = rng.NextInt(26);
            int second = (first + 1 + rng.NextInt(25)) % 26;
            string[] labels = [((char)('A' + first)).ToString(), ((char)('A' + second)).ToString()];
            var options = new AkataLlmOptions { Labels = labels };
            Strategy other = opponent == "self" ? new AkataLlmStrategy(client, usage, options, context.CancellationToken) : StrategyRegistry.Create(opponent);
            var game = info.ToMatrixGame(rounds);
            var result = new Match(game, new AkataLlmStrategy(client, usage, options, context.CancellationToken), other, new MatchOptions { Turns = rounds })
                .Play(rng.NextUInt64());
            double best = Enumerable.Range(0, 2).SelectMany(a => Enumerable.Range(0, 2).Select(b => game.Payoff(0, a, b))).Max();
            double normalised = result.Scores[0] / (rounds * best);
            context.Sink.Summary($"score/{info.Id}", normalised);
            (byFamily.TryGetValue(info.Family, out var list) ? list : byFamily[info.Family] = []).Add(normalised);
            context.CancellationToken.ThrowIfCancellationRequested();
        }

        foreach (var (family, scores) in byFamily.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            context.Sink.Summary("family/" + family.ToLower(CultureInfo.InvariantCulture).Replace(' ', '-'), scores.Average());
        }

        context.Sink.Summary("overall", byFamily.Values.SelectMany(v => v).Average());
        foreach (var (key, value) in usage.ToSummary())
        {
            context.Sink.Summary(key, value);
        }
    }
}
