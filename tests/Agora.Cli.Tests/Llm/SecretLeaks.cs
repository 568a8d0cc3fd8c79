using System.Text;

namespace Agora.Cli.Tests.Llm;

/// <summary>Asserts that an API key appears in no command output and in no file next to the store.</summary>
internal static class SecretLeaks
{
    public static void AssertNowhere(string secret, IEnumerable<string> outputs, string store)
    {
        foreach (string text in outputs)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }

        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(store)!))
        {
            Assert.DoesNotContain(secret, Encoding.Latin1.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
        }
    }
}

/// <summary>
/// Tests that swap the process-wide <c>ExperimentCatalog.Llm.Environment</c> (to inject an API key) run one at a time:
/// in parallel classes they would see each other's key.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LlmEnvironmentCollection
{
    public const string Name = "process-wide LLM environment";
}
