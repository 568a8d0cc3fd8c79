using System.CommandLine;
using Agora.Cli.Plotting;

namespace Agora.Cli.Commands;

/// <summary><c>agora plot &lt;run&gt; [--metric KEY] [--kind boxplot|winplot|sdvplot|lengthplot|payoff|pdplot|stackplot-…] --out FILE.png|svg</c>.</summary>
internal static class PlotCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var metric = new Option<string?>("--metric", "-m") { Description = "The metric key to plot, or a prefix ending in / (e.g. resources/) for every key under it (default: every scalar metric)." };
        var output = new Option<string>("--out", "-o") { Description = "The image to write: .png or .svg.", Required = true };
        var kind = new Option<string?>("--kind", "-k") { Description = $"For tournament runs, Axelrod's plots: {string.Join(", ", TournamentPlotter.Kinds)} (default boxplot), or {AllTournamentPlots} to write each next to --out as NAME-KIND.EXT (Axelrod's save_all_plots); for moran-fixation runs, a stackplot of one example run: {string.Join(", ", MoranStackplots.Kinds)}." };
        kind.AcceptOnlyFromAmong([.. TournamentPlotter.Kinds, AllTournamentPlots, .. MoranStackplots.Kinds]);
        var store = CommonOptions.Store();
        var command = new Command("plot", "Plot a run's metrics (mean across trials by step, with a 95% band), or a tournament's boxplot, winplot, sdvplot, lengthplot, payoff or pdplot heatmap.") { run, metric, output, kind, store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            string path = parse.GetValue(output)!;
            string? key = parse.GetValue(metric);
            if (parse.GetValue(kind) is { } stack && MoranStackplots.Kinds.Contains(stack))
            {
                MoranStackplots.Write(runStore, record, stack, path);
            }
            else if (runStore.ReadArtifact(record.Id, "trial-0/resultset.json") is { } resultSet && key is null)
            {
                if (parse.GetValue(kind) == AllTournamentPlots)
                {
                    var data = ReadTournament(resultSet);
                    foreach (string each in TournamentPlotter.Kinds)
                    {
                        string eachPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"{Path.GetFileNameWithoutExtension(path)}-{each}{Path.GetExtension(path)}");
                        WriteTournamentPlot(record, data, each, eachPath);
                        KeepWithRun(runStore, record, eachPath);
                    }

                    return ExitCodes.Success;
                }

                WriteTournamentPlot(record, ReadTournament(resultSet), parse.GetValue(kind) ?? "boxplot", path);
            }
            else if (parse.GetValue(kind) is { } requested)
            {
                throw new CliException(key is null
                    ? $"--kind {requested} needs a tournament run; run {record.Id} is {record.Experiment}."
                    : $"--kind {requested} and --metric cannot be combined: --kind draws a tournament plot, --metric a metric's curve.");
            }
            else
            {
                PlotWriter.Write(runStore, record, key, path);
            }

            KeepWithRun(runStore, record, path);
            return ExitCodes.Success;
        });
        return command;

        void KeepWithRun(Store.RunStore runStore, Store.RunRecord record, string path)
        {
            string mediaType = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png";
            runStore.WriteArtifact(record.Id, "plot/" + Path.GetFileName(path), mediaType, File.ReadAllBytes(path));
            context.Out.WriteLine($"wrote {path} (also stored with run {record.Id} as artifact plot/{Path.GetFileName(path)})");
        }
    }

    private const string AllTournamentPlots = "all";

    private static TournamentPlotData ReadTournament(byte[] resultSet)
    {
        using var document = System.Text.Json.JsonDocument.Parse(resultSet);
        return TournamentPlotData.From(document.RootElement);
    }

    private static void WriteTournamentPlot(Store.RunRecord record, TournamentPlotData data, string kind, string path)
    {
        string title = kind switch
        {
            "boxplot" => "Mean score per turn",
            "winplot" => "Wins",
            "sdvplot" => "Score difference per turn",
            "pdplot" => "Mean score difference per turn",
            "lengthplot" => "Match lengths",
            _ => "Payoff matrix",
        };
        try
        {
            TournamentPlotter.Save(data, kind, $"run {record.Id}: {title} ({data.Names.Count} players)", path);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }
    }
}
