namespace Agora.Cli;

/// <summary>The entry point of the <c>agora</c> tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args) => args.Length == 0 ? 0 : 2;
}
