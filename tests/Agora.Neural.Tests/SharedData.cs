namespace Agora.Neural.Tests;

/// <summary>Finds peer data in the shared folder beside the repository (never committed here).</summary>
internal static class SharedData
{
    /// <summary>The paper's Bigram-Backcopy config, <c>../shared/data/bb/config.yaml</c> relative to the repository root.</summary>
    public static string BigramConfigPath => Path.Combine(RepositoryRoot(), "..", "shared", "data", "bb", "config.yaml");

    /// <summary>Skips the calling test, with the reason, when the paper's config is absent.</summary>
    /// <returns>The path.</returns>
    public static string RequireBigramConfig()
    {
        string path = BigramConfigPath;
        Assert.SkipUnless(File.Exists(path), $"The paper's bigram matrix is not at {Path.GetFullPath(path)} (test data that is never committed); skipped.");
        return path;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Agora.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Agora.slnx not found above the test binaries.");
    }
}
