using System.CommandLine;
using Agora.Cli.Export;

namespace Agora.Cli.Commands;

/// <summary><c>agora export &lt;run&gt; --format csv|json|parquet [--table metrics|summary|interactions] [--out PATH]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var format = new Option<string>("--format", "-f") { Description = "csv, json or parquet.", Required = true };
        format.AcceptOnlyFromAmong(RunExporter.Formats);
        var output = new Option<string?>("--out", "-o") { Description = "The file to write (default: run-<id>.<format>); '-' writes to standard output (csv and json)." };
        var table = new Option<string>("--table") { Description = "What to export as CSV: metrics (default), or for tournament runs summary or interactions (one row per match).", DefaultValueFactory = _ => "metrics" };
        table.AcceptOnlyFromAmong(["metrics", .. TournamentTables.Names]);
        var store = CommonOptions.Store();
        var command = new Command("export", "Export a run's trials and metrics.") { run, format, output, table, store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            string fmt = parse.GetValue(format)!;
            string tableName = parse.GetValue(table)!;
            string path = parse.GetValue(output) ?? (tableName == "metrics" ? $"run-{record.Id}.{fmt}" : $"run-{record.Id}-{tableName}.{fmt}");
            if (tableName != "metrics")
            {
                byte[] content = TournamentTables.Read(runStore, record, tableName, fmt);
                if (path == "-")
                {
                    context.Out.Write(System.Text.Encoding.UTF8.GetString(content));
                }
                else
                {
                    File.WriteAllBytes(path, content);
                    context.Out.WriteLine($"wrote {path}");
                }

                return ExitCodes.Success;
            }

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
