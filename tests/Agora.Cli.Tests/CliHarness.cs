using System.Diagnostics;

namespace Agora.Cli.Tests;

/// <summary>Runs agora in-process (or as a child process) and captures what it prints.</summary>
internal static class CliHarness
{
    public static readonly DateTimeOffset FixedNow = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static (int Code, string Out, string Error) Run(params string[] args) => Run(CancellationToken.None, args);

    public static (int Code, string Out, string Error) Run(CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, new FixedTimeProvider(FixedNow), Interactive: false, cancellation);
        int code = AgoraApp.Run(args, context);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Starts the real tool in a child process (for kill tests), output redirected.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "agora.dll"));
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start agora.");
    }

    public static string TempPath(string name)
    {
        string directory = Path.Combine(Path.GetTempPath(), "agora-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    /// <summary>A clock that always reads the same instant, so stored timestamps and golden output are stable.</summary>
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override long GetTimestamp() => 0;
    }
}
