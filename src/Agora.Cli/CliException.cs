namespace Agora.Cli;

/// <summary>A user-facing failure: printed as one line, then the process exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line naming the bad value.</param>
    /// <param name="exitCode">The exit code (see <see cref="ExitCodes"/>).</param>
    public CliException(string message, int exitCode = ExitCodes.BadInput)
        : base(message)
    {
        ExitCode = exitCode;
    }

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; }
}

/// <summary>The exit codes of <c>agora</c>.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A run finished but at least one trial failed, or a command failed at run time.</summary>
    public const int RunFailed = 1;

    /// <summary>Bad usage or input: an unknown name, a malformed value or file, a refused store.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted by Ctrl-C; what finished is stored.</summary>
    public const int Interrupted = 130;
}
