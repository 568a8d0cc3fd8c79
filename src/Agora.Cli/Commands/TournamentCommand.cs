using System.CommandLine;
using System.Globalization;
using Agora.Cli.Running;
using Agora.Core.Experiments;
using Agora.Core.Repeated;
using Agora.Core.Tournaments;

namespace Agora.Cli.Commands;

/// <summary><c>agora tournament [--players A,B…|--preset first|classic|all] [--game ID] [--turns N] [--repetitions N]
/// [--noise P] [--prob-end P] [--seed N] [--jobs N] [--store PATH] [--quiet] [--json]</c>: a round robin, stored as a
/// run of the <c>tournament</c> experiment, printed as a ranked table.</summary>
internal static class TournamentCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="context">Output, clock and cancellation.</param>
    /// <param name="extraPlayers">Sources for names the registry does not know (e.g. <c>llm:MODEL</c>), tried in order.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context, IReadOnlyList<StrategySource>? extraPlayers = null)
    {
        IReadOnlyList<StrategySource> extra = extraPlayers ?? [];
        var players = new Option<string?>("--players") { Description = "Player names separated by commas (or ';'); see 'agora list strategies'." };
        var preset = new Option<string?>("--preset") { Description = "first (Axelrod 1980, 15 players), classic (30) or all (every registered strategy); default first." };
        var game = new Option<string>("--game") { Description = "A 2×2 game id; default pd.", DefaultValueFactory = _ => "pd" };
        var turns = new Option<int>("--turns") { Description = "Turns per match (the cap under --prob-end); default 200.", DefaultValueFactory = _ => 200 };
        var repetitions = new Option<int>("--repetitions") { Description = "Matches per pair; default 10.", DefaultValueFactory = _ => 10 };
        var noise = new Option<double>("--noise") { Description = "Probability that each intended move is flipped, in [0, 1]; default 0." };
        var probEnd = new Option<double?>("--prob-end") { Description = "Probability that a match ends after each turn, in (0, 1]." };
        var seed = new Option<ulong>("--seed") { Description = "Run seed; default 0.", DefaultValueFactory = _ => 0 };
        var interactions = new Option<string>("--interactions") { Description = "Store every match's moves: auto (up to 20000 matches), all or none.", DefaultValueFactory = _ => "auto" };
        interactions.AcceptOnlyFromAmong("auto", "all", "none");
        var jobs = CommonOptions.Jobs();
        jobs.Description = "Pairs played at once (default: all cores). Results never depend on it.";
        var store = CommonOptions.Store();
        var quiet = CommonOptions.Quiet();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (run id and ranked summary) instead of the table." };
        var llmEndpoint = new Option<string?>("--llm-endpoint") { Description = "OpenAI-compatible endpoint for llm:MODEL players (default $AGORA_LLM_ENDPOINT, else a local Ollama)." };
        var scot = new Option<bool>("--scot") { Description = "llm:MODEL players use social chain-of-thought (predict, then choose)." };
        var command = new Command("tournament", "Play a round-robin tournament, print the ranking and store the results as a run.")
        {
            players, preset, game, turns, repetitions, noise, probEnd, seed, interactions, jobs, store, quiet, json, llmEndpoint, scot,
        };
        command.SetAction(parse =>
        {
            var llm = new LlmPlayerSettings(parse.GetValue(llmEndpoint), parse.GetValue(scot), context.Cancellation);
            IReadOnlyList<StrategySource> sources = [.. extra, LlmPlayers.Source(llm)];
            string list = PlayerList(parse.GetValue(players), parse.GetValue(preset), sources);
            // Kept with the run so 'agora resume' rebuilds the same LLM players; the API key stays in the environment.
            StoredLlmPlayers? stored = list.Split(';').Any(LlmPlayers.IsLlm) ? new StoredLlmPlayers(llm.Endpoint, llm.SocialChainOfThought) : null;
            var values = new Dictionary<string, IReadOnlyList<object>>
            {
                ["players"] = [list],
                ["game"] = [parse.GetValue(game)!],
                ["turns"] = [(long)Check(parse.GetValue(turns), "--turns", t => t >= 1, "at least 1")],
                ["repetitions"] = [(long)Check(parse.GetValue(repetitions), "--repetitions", r => r >= 1, "at least 1")],
                ["noise"] = [Check(parse.GetValue(noise), "--noise", n => n is >= 0 and <= 1, "in [0, 1]")],
                ["prob-end"] = [parse.GetValue(probEnd) is { } p ? Check(p, "--prob-end", x => x is > 0 and <= 1, "in (0, 1]") : 0.0],
                ["interactions"] = [parse.GetValue(interactions)!],
            };
            int jobCount = RunCommand.CheckJobs(parse.GetValue(jobs));
            if (!ExperimentCatalog.TryGet("tournament", out IExperiment experiment))
            {
                throw new InvalidOperationException("The tournament experiment is not registered.");
            }

            RunPlan plan;
            try
            {
                plan = new RunPlan(experiment) { Values = values, Seed = parse.GetValue(seed), TrialsPerPoint = 1 };
                plan.Expand();
            }
            catch (ParameterException e)
            {
                throw new CliException(e.Message);
            }

            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: false);
            var report = TournamentRun.Execute(context, runStore, plan, new TournamentServices(jobCount, sources), runId => stored?.Write(runStore, runId));
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(TournamentReport.Json(report));
            }
            else
            {
                context.Out.WriteLine($"run {report.RunId} completed: tournament of {report.Players} players, {report.Repetitions} repetitions (store {runStore.Path})");
                if (!parse.GetValue(quiet))
                {
                    context.CreateConsole().Write(TournamentReport.Table(report));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string PlayerList(string? players, string? preset, IReadOnlyList<StrategySource> extra)
    {
        if (players is not null && preset is not null)
        {
            throw new CliException("Give --players or --preset, not both.");
        }

        if (preset is not null)
        {
            return TournamentPresets.TryGet(preset, out _) ? preset : throw new CliException($"Unknown preset '{preset}'; use {string.Join(", ", TournamentPresets.Names)}.");
        }

        if (players is null)
        {
            return "first";
        }

        try
        {
            IReadOnlyList<string> names = TournamentPlayers.Split(players, extra);
            TournamentPlayers.Resolve(string.Join(";", names), extra);
            return string.Join(";", names);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message.Split(" (Parameter")[0]);
        }
    }

    private static T Check<T>(T value, string flag, Func<T, bool> ok, string range) =>
        ok(value) ? value : throw new CliException($"{flag} must be {range}; got {Convert.ToString(value, CultureInfo.InvariantCulture)}.");
}
