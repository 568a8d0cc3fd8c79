using System.Reflection;

namespace Agora.Cli;

/// <summary>The tool's version and the source commit it was built from (when the build could read it).</summary>
internal static class BuildInfo
{
    public static string Version { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static string? GitCommit { get; } =
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "GitCommit")?.Value is { Length: > 0 } commit
            ? commit
            : null;
}
