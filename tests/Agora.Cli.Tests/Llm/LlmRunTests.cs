using Agora.Cli.Commands;
using Agora.Llm.Tests;

namespace Agora.Cli.Tests.Llm;

[Collection(LlmEnvironmentCollection.Name)]
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
            SecretLeaks.AssertNowhere(Secret, [first.Out, first.Error, second.Out, second.Error, show.Out, export.Out], store);
        }
        finally
        {
            ExperimentCatalog.Llm.Environment = previous;
        }
    }

    [Fact]
    public void An_llm_player_plays_a_match_through_the_loopback_server_with_akatas_prompts()
    {
        using var server = new ScriptedChatServer(_ => " F");
        var (code, output, error) = CliHarness.Run("match", "llm:scripted", "Tit For Tat", "--game", "akata-pd", "--llm-endpoint", server.Endpoint.ToString(), "--json");
        Assert.True(code == 0, error);
        Assert.Contains("\"moves\":[\"FFFFFFFFFF\",\"JFFFFFFFFF\"]", output, StringComparison.Ordinal);
        Assert.Contains("\"players\":[\"llm:scripted\",\"Tit For Tat\"]", output, StringComparison.Ordinal);
        Assert.Equal(10, server.RequestCount);
        string[] prompts = [.. server.Prompts];
        Assert.StartsWith("You are playing a game repeatedly with another player. In this game, you can choose between Option J and Option F. You will play 10 rounds in total with the same player.", prompts[0], StringComparison.Ordinal);
        Assert.Contains("In round 1, you chose Option F and the other player chose Option J. Thus, you won 10 points and the other player won 0 points.\n\nYou are currently playing round 2.\nQ: Which Option do you choose, Option ", prompts[1], StringComparison.Ordinal);
        Assert.EndsWith("?\nA: Option", prompts[9], StringComparison.Ordinal);
    }

    [Fact]
    public void Social_chain_of_thought_asks_twice_per_round_and_unparsable_replies_fall_back()
    {
        using var server = new ScriptedChatServer(prompt => prompt.Contains("predict", StringComparison.Ordinal) ? "J" : "maybe");
        var (code, output, error) = CliHarness.Run("match", "llm:scripted", "AlwaysJ", "--game", "akata-bos", "--turns", "3", "--scot", "--llm-endpoint", server.Endpoint.ToString(), "--json");
        Assert.True(code == 0, error);
        // Each round: one prediction, then three unparsable choices before the fallback (action 0, J).
        Assert.Equal(3 * (1 + 3), server.RequestCount);
        Assert.Contains("\"JJJ\"", output, StringComparison.Ordinal);
        Assert.Contains(server.Prompts, p => p.EndsWith("You are currently playing round 1.\nQ: Given that you think the other player will choose Option J in round 1, which Option do you think is the best to choose for you in this round, Option J or Option F?\nA: Option", StringComparison.Ordinal));
    }

    [Fact]
    public void Akata_llm_reports_scores_and_coordination_against_the_hand_coded_opponents()
    {
        using var server = new ScriptedChatServer(_ => " J");
        string store = CliHarness.TempPath("akata.db");
        var (code, _, error) = CliHarness.Run("run", "akata-llm", "--set", "games=akata-bos", "--set", "scot=off", "--set", "rounds=4", "--set", $"llm-endpoint={server.Endpoint}", "--store", store, "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal(13 * 4, server.RequestCount);
        string csv = CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", store).Out;
        // Always J against Alternating JF (J,F,J,F): coordinates in rounds 1 and 3, scoring 10 + 10 of a possible 40.
        Assert.Contains(",summary,coordination/akata-bos/alternating-jf/base,,0.5", csv, StringComparison.Ordinal);
        Assert.Contains(",summary,score/akata-bos/alternating-jf/base,,0.5", csv, StringComparison.Ordinal);
        Assert.Contains(",summary,coordination/akata-bos/alwaysj/base,,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Akata_144_llm_labels_each_game_with_two_random_letters_and_scores_by_family()
    {
        using var server = new ScriptedChatServer(_ => "??"); // never a label, so every decision falls back to the first option
        string store = CliHarness.TempPath("rg.db");
        var (code, _, error) = CliHarness.Run("run", "akata-144-llm", "--set", "games=3", "--set", "rounds=2", "--set", "opponent=AlwaysJ", "--set", "llm-retries=0", "--set", $"llm-endpoint={server.Endpoint}", "--store", store, "--quiet");
        Assert.True(code == 0, error);
        Assert.Equal(3 * 2 * 3, server.RequestCount); // 3 games × 2 rounds × 3 attempts
        string first = server.Prompts.First();
        Assert.Matches("^You are playing a game repeatedly with another player\\. In this game, you can choose between Option [A-Z] and Option [A-Z]\\. You will play 2 rounds", first);
        string csv = CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", store).Out;
        Assert.Contains(",summary,score/rg-1,,", csv, StringComparison.Ordinal);
        Assert.Contains(",summary,overall,,", csv, StringComparison.Ordinal);
        Assert.Contains(",summary,llm/fallbacks,,6", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void An_llm_player_without_a_model_is_refused_with_exit_2()
    {
        var (code, _, error) = CliHarness.Run("match", "llm:", "TFT", "--game", "akata-pd");
        Assert.Equal(2, code);
        Assert.Contains("llm:MODEL", error, StringComparison.Ordinal);
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
