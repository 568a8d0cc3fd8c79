using System.CommandLine;
using System.Globalization;
using Agora.Cli.Plotting;
using Agora.Core.Evolution;
using Agora.Core.Randomness;

namespace Agora.Cli.Commands;

/// <summary><c>agora moran --players NAME,NAME… [--turns N] [--mutation P] [--mode bd|db] [--graph complete|cycle|lattice|attached]
/// [--runs N] [--seed N] [--jobs N] [--plot PATH]</c>: fixation counts and probabilities of a Moran process.</summary>
internal static class MoranCommand
{
    public static Command Create(CliContext context)
    {
        var players = new Option<string>("--players") { Description = "The population, comma-separated; NAME*K repeats a name K times (e.g. \"Tit For Tat,Defector*9\").", Required = true };
        var turns = new Option<int>("--turns") { Description = "Turns per match; default 200.", DefaultValueFactory = _ => 200 };
        var mutation = new Option<double>("--mutation") { Description = "Transition mutation rate in [0, 1]; default 0. Above 0 nothing fixes: mean final shares after --generations are printed." };
        var generations = new Option<int>("--generations") { Description = "Generations per run when --mutation > 0; default 1000.", DefaultValueFactory = _ => 1000 };
        var mode = new Option<string>("--mode") { Description = "bd (birth-death, default) or db (death-birth).", DefaultValueFactory = _ => "bd" };
        var graph = new Option<string>("--graph") { Description = "complete (default), cycle, lattice (a torus rows x columns, rows the largest divisor of N up to sqrt N), or attached (two complete halves joined by one edge, Axelrod's attached_complete_graphs).", DefaultValueFactory = _ => "complete" };
        var game = new Option<string>("--game") { Description = "Game id (see 'agora list games'); default pd.", DefaultValueFactory = _ => "pd" };
        var runs = new Option<int>("--runs") { Description = "Independent runs; default 100.", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Seed; run r uses a seed derived from it and r. Default 0.", DefaultValueFactory = _ => 0 };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Runs at once (default: all cores). Results never depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var plot = new Option<string?>("--plot") { Description = "Also write a stackplot of run 0's population shares per generation (.png or .svg)." };
        var command = new Command("moran", "Run a Moran process many times and print fixation counts and probabilities with 95% Clopper-Pearson intervals.")
        {
            players, turns, mutation, generations, mode, graph, game, runs, seed, jobs, plot,
        };
        command.SetAction(parse =>
        {
            var request = new MoranRequest(
                PlayerList.Parse(parse.GetValue(players)!),
                parse.GetValue(turns),
                parse.GetValue(mutation),
                parse.GetValue(generations),
                parse.GetValue(mode)!,
                parse.GetValue(graph)!,
                parse.GetValue(game)!,
                parse.GetValue(runs),
                parse.GetValue(seed),
                parse.GetValue(jobs),
                parse.GetValue(plot));
            Execute(request, context);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Execute(MoranRequest request, CliContext context)
    {
        MoranOptions options = request.ToOptions();
        if (request.PlotPath is { } plotPath)
        {
            try
            {
                PlotFileFormats.FromPath(plotPath);
            }
            catch (ArgumentException e)
            {
                throw new CliException($"--plot: {e.Message}");
            }
        }

        var output = context.Out;
        output.WriteLine(request.Header());
        if (request.Mutation > 0)
        {
            var shares = MutationSelectionBalance.MeanFinalShares(request.Players, options, request.Runs, request.Seed, request.Jobs, context.Cancellation);
            output.WriteLine($"mean share after {request.Generations} generations (mutation {Format(request.Mutation)}, transition):");
            int width = Math.Max(4, shares.Max(s => s.Key.Length));
            foreach (var (type, share) in shares)
            {
                output.WriteLine($"  {type.PadRight(width)}  {Format(share, "0.000")}");
            }
        }
        else
        {
            var estimate = FixationProbability.Estimate(request.Players, options, request.Runs, request.Seed, request.Jobs, 0.95, context.Cancellation);
            WriteFixation(output, request, estimate);
        }

        if (request.PlotPath is { } path)
        {
            WritePlot(request, options, path);
            output.WriteLine($"wrote {path}");
        }
    }

    private static void WriteFixation(TextWriter output, MoranRequest request, FixationEstimate estimate)
    {
        var initial = request.Players.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Count());
        int width = Math.Max(4, estimate.Types.Max(t => t.Type.Length));
        output.WriteLine($"  {"type".PadRight(width)}  initial  fixed  probability  95% CI (Clopper-Pearson)");
        foreach (FixationCount row in estimate.Types)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {row.Type.PadRight(width)}  {initial[row.Type],7}  {row.Count,5}  {row.Probability,11:0.000}  [{row.Lower:0.000}, {row.Upper:0.000}]"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unfixed runs: {estimate.Unfixed}; mean generations: {estimate.MeanGenerations:0.0}"));
    }

    private static void WritePlot(MoranRequest request, MoranOptions options, string path)
    {
        var process = new MoranProcess(request.Players, options, AgoraRandom.DeriveSeed(request.Seed, 0));
        MoranResult result = process.Run();
        string[] types = [.. result.Types.Where(t => result.Populations.Any(p => p.ContainsKey(t)))];
        var shares = result.Populations.Select(p => types.Select(t => p.GetValueOrDefault(t) / (double)request.Players.Count).ToArray()).ToList();
        var plotOptions = new RunPlotOptions
        {
            Title = $"Moran process ({request.Mode}, {request.Graph} graph), run 0" + (result.Winner is { } w ? $": {w} fixes" : string.Empty),
            XLabel = "generation",
            YLabel = "population share",
        };
        StackPlotter.Save(types, shares, plotOptions, path);
    }

    internal static string Format(double value, string format = "R") => value.ToString(format, CultureInfo.InvariantCulture);
}
