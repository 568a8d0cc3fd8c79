using System.CommandLine;

namespace Agora.Cli.Commands;

/// <summary><c>agora plot &lt;run&gt; [--metric KEY] --out FILE.png|svg</c>.</summary>
internal static class PlotCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var metric = new Option<string?>("--metric", "-m") { Description = "The metric key to plot, or a prefix ending in / (e.g. resources/) for every key under it (default: every scalar metric)." };
        var output = new Option<string>("--out", "-o") { Description = "The image to write: .png or .svg.", Required = true };
        var store = CommonOptions.Store();
        var command = new Command("plot", "Plot a run's metrics: mean across trials by step, with a 95% band.") { run, metric, output, store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            string path = parse.GetValue(output)!;
            string? key = parse.GetValue(metric);
            PlotWriter.Write(runStore, record, key, path);
            string mediaType = path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) ? "image/svg+xml" : "image/png";
            runStore.WriteArtifact(record.Id, "plot/" + Path.GetFileName(path), mediaType, File.ReadAllBytes(path));
            context.Out.WriteLine($"wrote {path} (also stored with run {record.Id} as artifact plot/{Path.GetFileName(path)})");
            return ExitCodes.Success;
        });
        return command;
    }
}
