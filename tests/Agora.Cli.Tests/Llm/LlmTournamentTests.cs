using System.Text.Json;
using Agora.Cli.Commands;
using Agora.Cli.Store;
using Agora.Llm.Tests;

namespace Agora.Cli.Tests.Llm;

[Collection(LlmEnvironmentCollection.Name)]
public sealed class LlmTournamentTests
{
    [Fact]
    public void An_llm_player_sits_in_a_tournament_through_the_loopback_server()
    {
        using var server = new ScriptedChatServer(_ => " F");
        string store = CliHarness.TempPath("llm-tournament.db");
        var (code, output, error) = CliHarness.Run(
            "tournament", "--players", "llm:scripted,Tit For Tat,Cooperator", "--game", "akata-pd", "--turns", "3", "--repetitions", "1",
            "--llm-endpoint", server.Endpoint.ToString(), "--store", store, "--json");
        Assert.True(code == 0, error);

        // Self-play asks for both seats (2 × 3), then 3 turns against each of the two others.
        Assert.Equal(12, server.RequestCount);
        using var document = JsonDocument.Parse(output);
        string[] ranking = [.. document.RootElement.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];
        // Always F in akata-pd: 20 vs Tit For Tat (FFF against JFF) and 30 vs Cooperator, so 25/3 per turn on average.
        Assert.Equal(["llm:scripted", "Tit For Tat", "Cooperator"], ranking);

        var (exportCode, csv, exportError) = CliHarness.Run("export", "1", "--format", "csv", "--table", "interactions", "--out", "-", "--store", store);
        Assert.True(exportCode == 0, exportError);
        Assert.Contains(csv.Split('\n'), l => l.StartsWith("0,0,1,llm:scripted,Tit For Tat,", StringComparison.Ordinal) && l.EndsWith(",20,10,3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tournament_whose_llm_endpoint_refused_at_first_is_finished_by_resume_with_the_stored_scot_setting()
    {
        // The first request is refused (401 fails at once, no retry), so the only trial fails and the run is stored failed.
        using var server = new ScriptedChatServer(p => p.Contains("predict", StringComparison.Ordinal) ? "J" : " F").Then(new ScriptedReply.Status(401));
        string store = CliHarness.TempPath("llm-resume.db");
        var first = CliHarness.Run(
            "tournament", "--players", "llm:scripted,Tit For Tat,Cooperator", "--game", "akata-pd", "--turns", "3", "--repetitions", "1",
            "--llm-endpoint", server.Endpoint.ToString(), "--scot", "--jobs", "1", "--store", store, "--json");
        Assert.Equal(1, first.Code);
        Assert.Contains("run 1 failed", first.Error, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(RunStatus.Failed, Status(store));

        var resume = CliHarness.Run("resume", "1", "--store", store, "--jobs", "1", "--quiet");
        Assert.True(resume.Code == 0, resume.Error);
        Assert.Contains("run 1 completed: 1/1 trials succeeded", resume.Out, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Completed, Status(store));
        // With --scot every move is a prediction and a choice: twice the 12 requests of the plain tournament.
        Assert.Equal(1 + (2 * 12), server.RequestCount);
        // The refused request was already a prediction (SCoT predicts first), so 1 + 12.
        Assert.Equal(1 + 12, server.Prompts.Count(p => p.Contains("predict", StringComparison.Ordinal)));

        // The ranking and the interactions are stored as if the tournament had never failed; the name shows SCoT was on.
        string csv = Export(store, "interactions");
        Assert.Contains(csv.Split('\n'), l => l.StartsWith("0,0,1,llm:scripted (SCoT),Tit For Tat,", StringComparison.Ordinal) && l.EndsWith(",20,10,3", StringComparison.Ordinal));
        string summary = Export(store, "metrics");
        Assert.Contains(",summary,rank/llm:scripted (SCoT),,0", summary, StringComparison.Ordinal);
        Assert.Contains(",summary,rank/Cooperator,,2", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_takes_a_new_llm_endpoint_and_the_store_never_holds_the_api_key()
    {
        using var down = new ScriptedChatServer().Then(new ScriptedReply.Status(404));
        using var up = new ScriptedChatServer(_ => " F");
        var previous = ExperimentCatalog.Llm.Environment;
        ExperimentCatalog.Llm.Environment = name => name == "AGORA_LLM_API_KEY" ? Secret : null;
        try
        {
            string store = CliHarness.TempPath("llm-key.db");
            var first = CliHarness.Run(
                "tournament", "--players", "llm:scripted,Tit For Tat,Cooperator", "--game", "akata-pd", "--turns", "3", "--repetitions", "1",
                "--llm-endpoint", down.Endpoint.ToString(), "--jobs", "1", "--store", store);
            Assert.Equal(1, first.Code);

            var resume = CliHarness.Run("resume", "1", "--store", store, "--llm-endpoint", up.Endpoint.ToString());
            Assert.True(resume.Code == 0, resume.Error);
            Assert.Equal(1, down.RequestCount);
            Assert.Equal(12, up.RequestCount);
            Assert.All(up.AuthorizationHeaders, h => Assert.Equal("Bearer " + Secret, h));
            Assert.DoesNotContain(up.Prompts, p => p.Contains("predict", StringComparison.Ordinal));

            var show = CliHarness.Run("show", "1", "--store", store);
            Assert.Contains(StoredLlmPlayers.ArtifactName, show.Out, StringComparison.Ordinal);
            using (var runStore = RunStore.Open(store, TimeProvider.System))
            {
                // The flag given to the tournament is what stays stored; the resume's override is not written back.
                Assert.Equal(new StoredLlmPlayers(down.Endpoint.ToString(), false), StoredLlmPlayers.Read(runStore, 1));
            }

            SecretLeaks.AssertNowhere(Secret, [first.Out, first.Error, resume.Out, resume.Error, show.Out, Export(store, "interactions")], store);
        }
        finally
        {
            ExperimentCatalog.Llm.Environment = previous;
        }
    }

    [Fact]
    public void A_tournament_without_llm_players_stores_no_llm_settings()
    {
        string store = CliHarness.TempPath("plain.db");
        Assert.Equal(0, CliHarness.Run("tournament", "--players", "Tit For Tat,Cooperator", "--turns", "3", "--repetitions", "1", "--store", store, "--quiet").Code);
        Assert.DoesNotContain(StoredLlmPlayers.ArtifactName, CliHarness.Run("show", "1", "--store", store).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_llm_player_without_a_model_is_refused_with_exit_code_2()
    {
        var (code, _, error) = CliHarness.Run("tournament", "--players", "llm:,Tit For Tat", "--store", CliHarness.TempPath("x.db"));
        Assert.Equal(2, code);
        Assert.Contains("names no model", error, StringComparison.Ordinal);
    }

    private const string Secret = "sk-live-DO-NOT-LEAK-tournament-91c2";

    private static string Export(string store, string table)
    {
        var (code, csv, error) = CliHarness.Run("export", "1", "--format", "csv", "--table", table, "--out", "-", "--store", store);
        Assert.True(code == 0, error);
        return csv;
    }

    private static string Status(string path)
    {
        using var store = RunStore.Open(path, TimeProvider.System);
        return store.GetRun(1)!.Status;
    }
}
