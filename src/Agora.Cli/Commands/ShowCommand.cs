using System.CommandLine;
using Agora.Cli.Running;

namespace Agora.Cli.Commands;

/// <summary><c>agora show &lt;run&gt;</c>: a run's record, its metric keys and its summary table.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var store = CommonOptions.Store();
        var command = new Command("show", "Show a stored run: parameters, status, metrics and summary.") { run, store };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            var output = context.Out;
            output.WriteLine($"run {record.Id}: {record.Experiment} ({record.Status})");
            output.WriteLine($"  trials      {runStore.CountTrials(record.Id)}/{record.TotalTrials} ({record.TrialsPerPoint} per grid point)");
            output.WriteLine($"  seed        {record.Seed}");
            output.WriteLine($"  parameters  {record.ParametersJson}");
            output.WriteLine($"  agora       {record.AgoraVersion} (rng v{record.RngVersion}, commit {record.GitCommit ?? "unknown"})");
            output.WriteLine($"  started     {record.StartedAt}");
            output.WriteLine($"  ended       {record.EndedAt ?? "-"}");
            output.WriteLine($"  metrics     {string.Join(", ", runStore.MetricKeys(record.Id))}");
            foreach (var (name, type, size) in runStore.ListArtifacts(record.Id))
            {
                output.WriteLine($"  artifact    {name} ({type}, {size} bytes)");
            }

            context.CreateConsole().Write(SummaryTable.Build(runStore, record));
            return ExitCodes.Success;
        });
        return command;
    }
}
