using System.Text;
using Agora.Cli.Commands;
using Agora.Llm.Tests;

namespace Agora.Cli.Tests.Llm;

public sealed class LlmRunTests
{
    private const string Secret = "sk-live-DO-NOT-LEAK-7f3a";

    private static string Responder(string prompt) =>
        prompt.Contains("My strategy will be.", StringComparison.Ordinal)
            ? "My strategy will be to give a third."
            : "Justification: fair.\nAnswer: 0.5"; // never more than a donor holds, so no answer is re-asked

    [Fact]
    public void Donor_llm_runs_against_the_loopback_server_caches_replies_and_never_stores_or_prints_the_api_key()
    {
        using var server = new ScriptedChatServer(Responder);
        var previous = ExperimentCatalog.Llm.Environment;
        ExperimentCatalog.Llm.Environment = name => name == "AGORA_LLM_API_KEY" ? Secret : null;
        try
        {
            string store = CliHarness.TempPath("llm.db");
            string[] args = ["run", "donor-llm", "--set", "agents=4", "--set", "generations=2", "--set", $"llm-endpoint={server.Endpoint}", "--set", "llm-model=scripted", "--store", store];
            var first = CliHarness.Run(args);
            Assert.True(first.Code == 0, first.Error);
            int requests = server.RequestCount;
            Assert.Equal((4 + 2) + (2 * 16), requests);
            Assert.All(server.AuthorizationHeaders, h => Assert.Equal("Bearer " + Secret, h));

            var second = CliHarness.Run(args);
            Assert.True(second.Code == 0, second.Error);
            Assert.Equal(requests, server.RequestCount);
            var show = CliHarness.Run("show", "2", "--store", store);
            Assert.Contains("llm/cache-hits", show.Out, StringComparison.Ordinal);
            Assert.Contains("llm/requests", show.Out, StringComparison.Ordinal);

            Assert.Equal("38 cached replies\n", CliHarness.Run("cache", "info", "--store", store).Out);
            Assert.Equal("removed 38 cached replies\n", CliHarness.Run("cache", "clear", "--store", store).Out);
            Assert.Equal(0, CliHarness.Run(args).Code);
            Assert.Equal(2 * requests, server.RequestCount);

            var export = CliHarness.Run("export", "1", "--format", "json", "--out", "-", "--store", store);
            foreach (string text in new[] { first.Out, first.Error, second.Out, second.Error, show.Out, export.Out })
            {
                Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            }

            foreach (string file in Directory.GetFiles(Path.GetDirectoryName(store)!))
            {
                Assert.DoesNotContain(Secret, Encoding.Latin1.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal);
            }
        }
        finally
        {
            ExperimentCatalog.Llm.Environment = previous;
        }
    }

    [Fact]
    public void A_bad_endpoint_parameter_is_refused_with_exit_2_naming_it()
    {
        var (code, _, error) = CliHarness.Run("run", "donor-llm", "--set", "llm-endpoint=ftp://example", "--store", CliHarness.TempPath("x.db"));
        Assert.Equal(2, code);
        Assert.Contains("llm-endpoint", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreachable_endpoint_fails_the_trial_with_exit_1_and_keeps_the_run()
    {
        string store = CliHarness.TempPath("down.db");
        var (code, _, error) = CliHarness.Run("run", "donor-llm", "--set", "agents=2", "--set", "generations=1", "--set", "llm-endpoint=http://127.0.0.1:9/v1/", "--set", "llm-retries=0", "--set", "llm-timeout=2", "--store", store, "--quiet");
        Assert.Equal(1, code);
        Assert.Contains("LlmException", error, StringComparison.Ordinal);
        Assert.Contains("failed", CliHarness.Run("runs", "--store", store).Out, StringComparison.Ordinal);
    }
}
