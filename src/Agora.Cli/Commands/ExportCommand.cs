using System.CommandLine;
using Agora.Cli.Export;

namespace Agora.Cli.Commands;

/// <summary><c>agora export &lt;run&gt; --format csv|json|parquet [--out PATH]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var format = new Option<string>("--format", "-f") { Description = "csv, json or parquet.", Required = true };
        format.AcceptOnlyFromAmong(RunExporter.Formats);
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: run-<id>.<format>); '-' writes to standard output (csv and json)." };
        var store = CommonOptions.Store();
        var command = new Command("export", "Export a run's trials and metrics.") { run, format, output, store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            string fmt = parse.GetValue(format)!;
            string path = parse.GetValue(output) ?? $"run-{record.Id}.{fmt}";
            if (path == "-")
            {
                if (fmt == "parquet")
                {
                    throw new CliException("--out - (standard output) is for csv and json; give Parquet a file path.");
                }

                using var buffer = new MemoryStream();
                RunExporter.Write(runStore, record, fmt, buffer);
                context.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                return ExitCodes.Success;
            }

            string temporary = path + ".partial";
            using (var file = File.Create(temporary))
            {
                RunExporter.Write(runStore, record, fmt, file);
            }

            File.Move(temporary, path, overwrite: true);
            context.Out.WriteLine($"wrote {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
