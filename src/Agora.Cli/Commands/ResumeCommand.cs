using System.CommandLine;
using Agora.Cli.Running;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary><c>agora resume &lt;run&gt;</c>: run only the trials a killed or interrupted run did not store.</summary>
internal static class ResumeCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var jobs = CommonOptions.Jobs();
        var store = CommonOptions.Store();
        var quiet = CommonOptions.Quiet();
        var command = new Command("resume", "Finish a run that was killed or interrupted, running only its missing trials.") { run, jobs, store, quiet };
        command.SetAction(parse =>
        {
            using var runStore = CommonOptions.OpenStore(context, parse.GetValue(store)!, mustExist: true);
            var record = CommonOptions.GetRun(runStore, parse.GetValue(run));
            if (record.Status == RunStatus.Completed)
            {
                context.Out.WriteLine($"run {record.Id} is already completed: {record.TotalTrials} trials stored.");
                return ExitCodes.Success;
            }

            var experiment = DescribeCommand.Find(record.Experiment);
            var plan = PlanCodec.FromRecord(record, experiment);
            return RunExecutor.Execute(context, runStore, record.Id, plan, RunCommand.CheckJobs(parse.GetValue(jobs)), parse.GetValue(quiet));
        });
        return command;
    }
}
