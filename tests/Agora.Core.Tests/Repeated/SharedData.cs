namespace Agora.Core.Tests.Repeated;

/// <summary>Finds /work/shared/data (or the copy named by AGORA_SHARED_DATA) from the test's working directory.</summary>
internal static class SharedData
{
    public static string Path(params string[] parts)
    {
        string? root = Environment.GetEnvironmentVariable("AGORA_SHARED_DATA");
        if (root is null)
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && root is null)
            {
                foreach (string candidate in new[] { System.IO.Path.Combine(directory.FullName, "shared", "data"), System.IO.Path.Combine(directory.FullName, "..", "shared", "data") })
                {
                    if (Directory.Exists(candidate))
                    {
                        root = candidate;
                        break;
                    }
                }

                directory = directory.Parent;
            }
        }

        root ??= "/work/shared/data";
        return System.IO.Path.Combine([root, .. parts]);
    }
}
