using System.CommandLine;
using Agora.Cli.Running;
using Agora.Cli.Store;
using Agora.Core.Tournaments;

namespace Agora.Cli.Commands;

/// <summary><c>agora resume &lt;run&gt; [--llm-endpoint URL]</c>: run only the trials a killed, interrupted or failed
/// run did not store successfully. A tournament's <c>llm:MODEL</c> players are rebuilt from the settings stored with the
/// run (<see cref="StoredLlmPlayers"/>), the API key from the environment.</summary>
internal static class ResumeCommand
{
    public static Command Create(CliContext context)
    {
        var run = CommonOptions.RunId();
        var jobs = CommonOptions.Jobs();
        var store = CommonOptions.Store();
        var quiet = CommonOptions.Quiet();
        var llmEndpoint = new Option<string?>("--llm-endpoint") { Description = "For a tournament's llm:MODEL players: use this endpoint instead of the one stored with the run." };
        var command = new Command("resume", "Finish a run that was killed, interrupted or failed, running only its missing or failed trials.") { run, jobs, store, quiet, llmEndpoint };
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
            IReadOnlyList<StrategySource> extra = [];
            if (experiment is TournamentExperiment)
            {
                var stored = StoredLlmPlayers.Read(runStore, record.Id);
                extra = [LlmPlayers.Source(new LlmPlayerSettings(parse.GetValue(llmEndpoint) ?? stored.Endpoint, stored.SocialChainOfThought, context.Cancellation))];
            }

            return RunExecutor.Execute(context, runStore, record.Id, plan, RunCommand.CheckJobs(parse.GetValue(jobs)), parse.GetValue(quiet), extra);
        });
        return command;
    }
}
