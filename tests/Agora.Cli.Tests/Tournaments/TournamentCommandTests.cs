using System.Text.Json;
using Agora.Cli.Tests.Golden;

namespace Agora.Cli.Tests.Tournaments;

public sealed class TournamentCommandTests
{
    private static readonly string[] Small = ["tournament", "--players", "Cooperator,Defector,Tit For Tat,Grudger,First by Feld: 1.0, 0.5, 200", "--turns", "5", "--repetitions", "2", "--seed", "3"];

    [Fact]
    public void Prints_a_ranked_table_and_stores_a_run()
    {
        string store = CliHarness.TempPath("t.db");
        var (code, output, error) = CliHarness.Run([.. Small, "--store", store, "--jobs", "2"]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        GoldenFile.AssertMatches("tournament-table.txt", output.Replace(store, "STORE", StringComparison.Ordinal));

        var (showCode, show, _) = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, showCode);
        Assert.Contains("run 1: tournament (completed)", show, StringComparison.Ordinal);
        Assert.Contains("trial-0/resultset.json", show, StringComparison.Ordinal);
        Assert.Contains("median_score/Defector", show, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_one_object_with_the_ranking_and_the_same_for_any_jobs()
    {
        var (code1, one, _) = CliHarness.Run([.. Small, "--store", CliHarness.TempPath("a.db"), "--jobs", "1", "--json"]);
        var (code4, four, _) = CliHarness.Run([.. Small, "--store", CliHarness.TempPath("b.db"), "--jobs", "4", "--json"]);
        Assert.Equal((0, 0), (code1, code4));
        Assert.Equal(one, four);
        using var document = JsonDocument.Parse(one);
        Assert.Equal(["run", "players", "repetitions", "ranking"], document.RootElement.EnumerateObject().Select(p => p.Name));
        var ranking = document.RootElement.GetProperty("ranking").EnumerateArray().ToArray();
        Assert.Equal(5, ranking.Length);
        Assert.Equal("Defector", ranking[0].GetProperty("name").GetString());
        Assert.Contains(ranking, r => r.GetProperty("name").GetString() == "First by Feld: 1.0, 0.5, 200");
    }

    [Fact]
    public void Exports_the_summary_and_every_match_as_csv_and_json()
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run([.. Small, "--store", store, "--quiet"]).Code);

        var (code, csv, _) = CliHarness.Run("export", "1", "--format", "csv", "--table", "interactions", "--out", "-", "--store", store);
        Assert.Equal(0, code);
        string[] lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("Repetition,Player index,Opponent index,Player name,Opponent name,Seed,Actions,Opponent actions,Score,Opponent score,Turns", lines[0]);
        Assert.Equal(1 + (15 * 2), lines.Length); // 5 players: 15 pairs with self-play, 2 repetitions
        Assert.Contains(lines, l => l.StartsWith("0,1,2,Defector,Tit For Tat,", StringComparison.Ordinal) && l.Contains(",DDDDD,CDDDD,9,4,5", StringComparison.Ordinal));

        var (summaryCode, summary, _) = CliHarness.Run("export", "1", "--format", "json", "--table", "summary", "--out", "-", "--store", store);
        Assert.Equal(0, summaryCode);
        using (var rows = JsonDocument.Parse(summary))
        {
            Assert.Equal(5, rows.RootElement.GetArrayLength());
            Assert.Equal("Defector", rows.RootElement[0].GetProperty("Name").GetString());
        }

        var (jsonCode, json, _) = CliHarness.Run("export", "1", "--format", "json", "--out", "-", "--store", store);
        Assert.Equal(0, jsonCode);
        using var document = JsonDocument.Parse(json);
        var tournament = document.RootElement.GetProperty("trials")[0].GetProperty("tournament");
        Assert.Equal(30, tournament.GetProperty("interactions").GetArrayLength());
        Assert.Equal(5, tournament.GetProperty("payoff_matrix").GetArrayLength());
        Assert.Equal(5, tournament.GetProperty("eigenjesus_rating").GetArrayLength());
    }

    [Theory]
    [InlineData("'Tit For Nothing'", "--players", "Tit For Tat,Tit For Nothing")]
    [InlineData("'chess'", "--game", "chess")]
    [InlineData("'rps'", "--game", "rps")]
    [InlineData("'second'", "--preset", "second")]
    [InlineData("-0.1", "--noise", "-0.1")]
    [InlineData("--repetitions", "--repetitions", "0")]
    [InlineData("--turns", "--turns", "0")]
    [InlineData("--prob-end", "--prob-end", "1.5")]
    [InlineData("--jobs", "--jobs", "0")]
    [InlineData("--preset", "--preset", "first", "--players", "Cooperator,Defector")]
    [InlineData("at least two", "--players", "Cooperator")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        string store = CliHarness.TempPath("bad.db");
        var (code, _, error) = CliHarness.Run(["tournament", .. args, "--turns", args.Contains("--turns") ? args[Array.IndexOf(args, "--turns") + 1] : "3", "--store", store]);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(store), "bad input stores nothing");
    }
}
