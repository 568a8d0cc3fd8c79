using System.CommandLine;
using Agora.Cli.Commands;

namespace Agora.Cli;

/// <summary>Builds the <c>agora</c> command tree and runs one command line, mapping every failure to an exit code.</summary>
public static class AgoraApp
{
    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="context">Output, clock and cancellation.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("Agora: reproducible experiments with learning agents that meet one another.")
        {
            ListCommand.Create(context),
            DescribeCommand.Create(context),
            RunCommand.Create(context),
            RunsCommand.Create(context),
            ShowCommand.Create(context),
            ExportCommand.Create(context),
            PlotCommand.Create(context),
            ResumeCommand.Create(context),
            CacheCommand.Create(context),
            EnvCommand.Create(context),
            MatchCommand.Create(context),
            MoranCommand.Create(context),
            EcosystemCommand.Create(context),
            RenderCommand.Create(context),
            TournamentCommand.Create(context),
            EquilibriaCommand.Create(context),
            FingerprintCommand.Create(context),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            context.Error.WriteLine($"error: {parse.Errors[0].Message} (see 'agora --help').");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException) when (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine("interrupted.");
            return ExitCodes.Interrupted;
        }
    }
}
