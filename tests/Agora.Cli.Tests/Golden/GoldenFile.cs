using System.Runtime.CompilerServices;

namespace Agora.Cli.Tests.Golden;

/// <summary>
/// Compares output with a committed golden file. Set AGORA_UPDATE_GOLDEN=1 to rewrite the files after an intended change.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string source = "")
    {
        string path = Path.Combine(Path.GetDirectoryName(source)!, name);
        if (Environment.GetEnvironmentVariable("AGORA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with AGORA_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
