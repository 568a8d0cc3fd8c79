using Spectre.Console;

namespace Agora.Cli;

/// <summary>Where a command writes, which clock it reads, and how it is told to stop.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock for timestamps and rates.</param>
/// <param name="Interactive">Whether output goes to a terminal (live progress) rather than a file or pipe (plain log lines).</param>
/// <param name="Cancellation">Signalled on Ctrl-C.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, bool Interactive, CancellationToken Cancellation)
{
    /// <summary>A Spectre console over <see cref="Out"/>: colour and live widgets only when interactive.</summary>
    /// <returns>The console.</returns>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        if (!Interactive)
        {
            // A fixed width keeps redirected output (and the golden tests) identical on every machine.
            console.Profile.Width = 120;
        }

        return console;
    }
}
