using System.CommandLine;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary>Options and helpers shared by the verbs that touch the run store.</summary>
internal static class CommonOptions
{
    public const string DefaultStore = "agora.db";

    public static Option<string> Store() => new("--store")
    {
        Description = $"Path of the SQLite run store (default ./{DefaultStore}).",
        DefaultValueFactory = _ => DefaultStore,
    };

    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Trials to run at once (default: all cores). Results never depend on it.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print only the final status line: no progress, no summary table.",
    };

    public static Argument<long> RunId() => new("run") { Description = "The run id, as printed by 'agora run' and listed by 'agora runs'." };

    public static RunStore OpenStore(CliContext context, string path, bool mustExist)
    {
        if (mustExist && !File.Exists(path))
        {
            throw new CliException($"Store '{path}' does not exist; pass --store PATH or run an experiment first.");
        }

        try
        {
            return RunStore.Open(path, context.Time);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    public static RunRecord GetRun(RunStore store, long runId) =>
        store.GetRun(runId) ?? throw new CliException($"No run {runId} in store '{store.Path}'; 'agora runs' lists the runs.");
}
