using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Cli.Commands;

/// <summary><c>agora match "A" "B" [--game ID] [--turns N] [--noise P] [--prob-end P] [--seed N] [--json]</c>: one match.</summary>
internal static class MatchCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Argument<string>("A") { Description = "Row player: a strategy name (see 'agora list strategies') or lookup:PATH." };
        var second = new Argument<string>("B") { Description = "Column player, as A." };
        var game = new Option<string>("--game") { Description = "Game id (see 'agora list games'); default pd.", DefaultValueFactory = _ => "pd" };
        var turns = new Option<int?>("--turns") { Description = "Turns; default the game's length (200 for pd, 10 for akata-*). With --prob-end, the cap." };
        var noise = new Option<double>("--noise") { Description = "Probability that each intended move is flipped, in [0, 1]; default 0." };
        var probEnd = new Option<double?>("--prob-end") { Description = "Probability that the match ends after each turn, in (0, 1]." };
        var seed = new Option<ulong>("--seed") { Description = "Match seed; default 0.", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var llmEndpoint = new Option<string?>("--llm-endpoint") { Description = "OpenAI-compatible endpoint for llm:MODEL players (default $AGORA_LLM_ENDPOINT, else a local Ollama)." };
        var scot = new Option<bool>("--scot") { Description = "llm:MODEL players use social chain-of-thought (predict, then choose)." };
        var command = new Command("match", "Play one repeated-game match between two strategies.") { first, second, game, turns, noise, probEnd, seed, json, llmEndpoint, scot };
        command.SetAction(parse =>
        {
            MatrixGame matrix = ResolveGame(parse.GetValue(game)!);
            var options = Options(parse.GetValue(turns), parse.GetValue(noise), parse.GetValue(probEnd));
            var llm = new LlmPlayerSettings(parse.GetValue(llmEndpoint), parse.GetValue(scot), context.Cancellation);
            Strategy a = ResolveStrategy(parse.GetValue(first)!, matrix, seat: 0, llm);
            Strategy b = ResolveStrategy(parse.GetValue(second)!, matrix, seat: 1, llm);
            MatchResult result = new Match(matrix, a, b, options).Play(parse.GetValue(seed));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(ToJson(result));
            }
            else
            {
                WriteText(context.Out, result);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static MatrixGame ResolveGame(string id)
    {
        if (!GameRegistry.TryGet(id, out IGame? game))
        {
            throw new CliException($"Unknown game '{id}' (see 'agora list games').");
        }

        return game as MatrixGame ?? throw new CliException($"Game '{id}' is not a normal-form game; 'agora match' plays matrix games such as pd.");
    }

    private static MatchOptions Options(int? turns, double noise, double? probEnd)
    {
        if (turns is < 1)
        {
            throw new CliException($"--turns must be at least 1, got {turns}.");
        }

        if (!(noise >= 0 && noise <= 1))
        {
            throw new CliException($"--noise must be in [0, 1], got {noise.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (probEnd is { } p && !(p > 0 && p <= 1))
        {
            throw new CliException($"--prob-end must be in (0, 1], got {p.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new MatchOptions { Turns = turns, Noise = noise, ProbEnd = probEnd };
    }

    private static Strategy ResolveStrategy(string name, MatrixGame game, int seat, LlmPlayerSettings llm)
    {
        if (name.StartsWith(LlmPlayers.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return LlmPlayers.Create(name, llm);
        }

        Strategy strategy;
        try
        {
            strategy = StrategyRegistry.Create(name);
        }
        catch (KeyNotFoundException)
        {
            throw new CliException($"Unknown strategy '{name}' (see 'agora list strategies').");
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }

        if (strategy is LookupTablePlayer table)
        {
            try
            {
                table.Validate(Labels(game, seat), Labels(game, 1 - seat));
            }
            catch (FormatException e)
            {
                throw new CliException($"{e.Message} (game {game.Type.ShortName})");
            }
        }

        return strategy;
    }

    private static string[] Labels(MatrixGame game, int player) => [.. Enumerable.Range(0, game.NumActions(player)).Select(a => game.ActionToString(player, a))];

    private static string ToJson(MatchResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("game", result.Game);
            writer.WriteStartArray("players");
            writer.WriteStringValue(result.Players[0]);
            writer.WriteStringValue(result.Players[1]);
            writer.WriteEndArray();
            writer.WriteStartArray("moves");
            writer.WriteStringValue(result.Moves[0]);
            writer.WriteStringValue(result.Moves[1]);
            writer.WriteEndArray();
            writer.WriteStartArray("scores");
            writer.WriteNumberValue(result.Scores[0]);
            writer.WriteNumberValue(result.Scores[1]);
            writer.WriteEndArray();
            writer.WriteNumber("turns", result.Turns);
            writer.WriteNumber("seed", result.Seed);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteText(TextWriter output, MatchResult result)
    {
        int width = Math.Max(result.Players[0].Length, result.Players[1].Length);
        output.WriteLine($"{result.Game}, {result.Turns} turns, seed {result.Seed}");
        for (int seat = 0; seat < 2; seat++)
        {
            output.WriteLine($"  {result.Players[seat].PadRight(width)}  {result.Scores[seat].ToString(CultureInfo.InvariantCulture),8}  {result.Moves[seat]}");
        }

        var states = result.NormalisedStateDistribution();
        if (states.Length == 4)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  states CC {states[0]:0.###}, CD {states[1]:0.###}, DC {states[2]:0.###}, DD {states[3]:0.###} (row player first)"));
        }

        output.WriteLine(result.Winner is { } winner ? $"  winner: {result.Players[winner]}" : "  tie");
    }
}
