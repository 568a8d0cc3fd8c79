namespace Agora.Cli;

/// <summary>The entry point of the <c>agora</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool on the real console; Ctrl-C stops scheduling trials and keeps what finished.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl-C asks for an orderly stop; the store keeps every finished trial.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };
        bool interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("AGORA_PLAIN_OUTPUT") is null;
        var context = new CliContext(Console.Out, Console.Error, TimeProvider.System, interactive, cancellation.Token);
        return AgoraApp.Run(args, context);
    }
}
