using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary>Turns stored metrics into plot series (filled in once the plotter lands).</summary>
internal static class PlotWriter
{
    public static void Write(RunStore store, RunRecord run, string? metric, string path) =>
        throw new CliException($"Plotting is not available in this build (run {run.Id}, {path}, {metric}, {store.Path}).", ExitCodes.RunFailed);
}
