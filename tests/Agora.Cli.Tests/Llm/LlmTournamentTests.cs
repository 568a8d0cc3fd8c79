using System.Text.Json;
using Agora.Llm.Tests;

namespace Agora.Cli.Tests.Llm;

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
    public void An_llm_player_without_a_model_is_refused_with_exit_code_2()
    {
        var (code, _, error) = CliHarness.Run("tournament", "--players", "llm:,Tit For Tat", "--store", CliHarness.TempPath("x.db"));
        Assert.Equal(2, code);
        Assert.Contains("names no model", error, StringComparison.Ordinal);
    }
}
