using System.CommandLine;
using Agora.Cli.Running;
using Agora.Cli.Specs;
using Agora.Core.Experiments;

namespace Agora.Cli.Commands;

/// <summary><c>agora run &lt;experiment|spec-file&gt;</c>: expand the grid × seeds, run the trials, store everything.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("target") { Description = "An experiment name, or a .json/.yaml spec file naming one." };
        var set = new Option<string[]>("--set", "-s")
        {
            Description = "Set a parameter: key=value, or key=v1,v2,... to sweep it. Repeatable.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<ulong?>("--seed") { Description = "The run seed (default 0, or the spec file's)." };
        var trials = new Option<int?>("--trials", "-n") { Description = "Seeds per grid point (default: the spec file's, else the experiment's own)." };
        var jobs = CommonOptions.Jobs();
        var store = CommonOptions.Store();
        var quiet = CommonOptions.Quiet();
        var command = new Command("run", "Run an experiment and store its results.") { target, set, seed, trials, jobs, store, quiet };
        command.SetAction(parse =>
        {
            RunPlan plan = BuildPlan(parse.GetValue(target)!, parse.GetValue(set) ?? [], parse.GetValue(seed), parse.GetValue(trials));
            var storeValue = parse.GetValue(store)!;
            using var runStore = CommonOptions.OpenStore(context, storeValue, mustExist: false);
            int total = plan.Expand().Count;
            long runId = runStore.CreateRun(plan.Experiment.Name, PlanCodec.ToJson(plan), plan.Seed, plan.TrialsPerPoint, total, BuildInfo.Version, BuildInfo.GitCommit);
            return RunExecutor.Execute(context, runStore, runId, plan, CheckJobs(parse.GetValue(jobs)), parse.GetValue(quiet));
        });
        return command;
    }

    public static int CheckJobs(int jobs) =>
        jobs > 0 ? jobs : throw new CliException($"--jobs must be a positive number of trials to run at once; got {jobs}.");

    internal static RunPlan BuildPlan(string target, IReadOnlyList<string> sets, ulong? seed, int? trials)
    {
        IExperiment experiment;
        var values = new Dictionary<string, IReadOnlyList<object>>();
        ulong runSeed = 0;
        int? perPoint = null;
        if (SpecFileReader.LooksLikeSpecFile(target))
        {
            RunSpec spec;
            try
            {
                spec = SpecFileReader.Read(target);
            }
            catch (SpecException e)
            {
                throw new CliException(e.Message);
            }

            experiment = DescribeCommand.Find(spec.Experiment);
            foreach (var (key, list) in spec.Values)
            {
                values[key] = list;
            }

            runSeed = spec.Seed ?? 0;
            perPoint = spec.Trials;
        }
        else
        {
            experiment = DescribeCommand.Find(target);
        }

        foreach (string assignment in sets)
        {
            var (key, list) = ParseSet(experiment, assignment);
            values[key] = list;
        }

        if (trials is int t)
        {
            perPoint = t > 0 ? t : throw new CliException($"--trials must be positive; got {t}.");
        }

        try
        {
            var plan = new RunPlan(experiment) { Values = values, Seed = seed ?? runSeed, TrialsPerPoint = perPoint ?? experiment.DefaultTrials };
            plan.Expand();
            return plan;
        }
        catch (ParameterException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static (string Key, IReadOnlyList<object> Values) ParseSet(IExperiment experiment, string assignment)
    {
        int equals = assignment.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new CliException($"--set '{assignment}' must have the form key=value or key=v1,v2.");
        }

        string key = assignment[..equals].Trim();
        var spec = experiment.Parameters.FirstOrDefault(p => p.Name == key)
            ?? throw new CliException($"Unknown parameter '{key}' in --set for experiment '{experiment.Name}'; known: {string.Join(", ", experiment.Parameters.Select(p => p.Name))}.");
        string[] texts = assignment[(equals + 1)..].Split(',');
        try
        {
            return (key, texts.Select(spec.Parse).ToList());
        }
        catch (ParameterException e)
        {
            throw new CliException(e.Message.TrimEnd('.') + $" (in --set {assignment}).");
        }
    }
}
