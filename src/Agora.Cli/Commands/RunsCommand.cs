using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace Agora.Cli.Commands;

/// <summary><c>agora runs</c>: the runs in a store, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var store = CommonOptions.Store();
        var command = new Command("runs", "List the runs in the store.") { store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var table = new Table().Border(TableBorder.Simple);
            foreach (string column in new[] { "id", "experiment", "status", "trials", "seed", "started", "ended" })
            {
                table.AddColumn(column);
            }

            foreach (var run in runStore.ListRuns())
            {
                table.AddRow(
                    run.Id.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(run.Experiment),
                    run.Status,
                    $"{runStore.CountTrials(run.Id)}/{run.TotalTrials}",
                    run.Seed.ToString(CultureInfo.InvariantCulture),
                    run.StartedAt,
                    run.EndedAt ?? "-");
            }

            context.CreateConsole().Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
