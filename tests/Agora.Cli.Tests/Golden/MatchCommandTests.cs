using System.Text.Json;

namespace Agora.Cli.Tests.Golden;

public sealed class MatchCommandTests
{
    [Fact]
    public void Json_output_is_exactly_one_object_with_the_promised_fields()
    {
        var (code, output, error) = CliHarness.Run("match", "Tit For Tat", "random: 0.5", "--turns", "12", "--seed", "3", "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        GoldenFile.AssertMatches("match-json.txt", output);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(["game", "players", "moves", "scores", "turns", "seed"], document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_deterministic_match_prints_axelrods_moves_and_scores()
    {
        var (code, output, _) = CliHarness.Run("match", "tit for tat", "ALTERNATOR", "--turns", "6", "--json");
        Assert.Equal(0, code);
        Assert.Equal("{\"game\":\"pd\",\"players\":[\"Tit For Tat\",\"Alternator\"],\"moves\":[\"CCDCDC\",\"CDCDCD\"],\"scores\":[13,18],\"turns\":6,\"seed\":0}\n", output);
    }

    [Fact]
    public void Moves_are_written_in_the_games_labels_and_the_default_length_is_the_games()
    {
        string table = Path.Combine(SharedDataRoot(), "akata", "pd_variation_predict_gpt4_lookup.json");
        var (code, output, _) = CliHarness.Run("match", $"lookup:{table}", "DefectOnce", "--game", "akata-pd", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("JFFFFFFFFF", document.RootElement.GetProperty("moves")[0].GetString());
        Assert.Equal("FJJJJJJJJJ", document.RootElement.GetProperty("moves")[1].GetString());
        Assert.Equal(10, document.RootElement.GetProperty("turns").GetInt32());
    }

    [Fact]
    public void Text_output_shows_both_players_scores_and_moves()
    {
        var (code, output, _) = CliHarness.Run("match", "Tit For Tat", "Alternator", "--turns", "10");
        Assert.Equal(0, code);
        GoldenFile.AssertMatches("match-text.txt", output);
    }

    [Theory]
    [InlineData("'Tit For Nothing'", "match", "Tit For Nothing", "Tit For Tat")]
    [InlineData("'chess'", "match", "Tit For Tat", "Tit For Tat", "--game", "chess")]
    [InlineData("-0.1", "match", "Tit For Tat", "Tit For Tat", "--noise", "-0.1")]
    [InlineData("1.5", "match", "Tit For Tat", "Tit For Tat", "--noise", "1.5")]
    [InlineData("--prob-end", "match", "Tit For Tat", "Tit For Tat", "--prob-end", "0")]
    [InlineData("--turns", "match", "Tit For Tat", "Tit For Tat", "--turns", "0")]
    [InlineData("'kuhn-poker'", "match", "Tit For Tat", "Tit For Tat", "--game", "kuhn-poker")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        var (code, _, error) = CliHarness.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("[\"J\"]", "JSON object")]
    [InlineData("{\"J\": \"J\"}", "empty history")]
    [InlineData("{\"\": \"Q\"}", "\"Q\"")]
    [InlineData("{\"\": \"J\", \"X\": \"F\"}", "'X'")]
    [InlineData("not json", "not valid JSON")]
    public void A_malformed_lookup_file_exits_2_and_says_what_is_wrong(string json, string named)
    {
        string path = CliHarness.TempPath("table.json");
        File.WriteAllText(path, json);
        var (code, _, error) = CliHarness.Run("match", $"lookup:{path}", "TFT", "--game", "akata-pd");
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_lookup_file_exits_2_and_names_it()
    {
        var (code, _, error) = CliHarness.Run("match", "lookup:/no/such/table.json", "TFT");
        Assert.Equal(2, code);
        Assert.Contains("/no/such/table.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_strategies_filters_by_memory_depth_and_determinism()
    {
        var (code, output, _) = CliHarness.Run("list", "strategies", "--memory-depth", "0", "--deterministic");
        Assert.Equal(0, code);
        string[] names = [.. output.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0])];
        Assert.Contains("Cooperator", names);
        Assert.Contains("Defector", names);
        Assert.DoesNotContain("Random: 0.5", names);
        Assert.DoesNotContain("Tit For Tat", names);

        var stochastic = CliHarness.Run("list", "strategies", "--stochastic").Out;
        Assert.Contains("Random: 0.5\t", stochastic, StringComparison.Ordinal);
        Assert.DoesNotContain("Tit For Tat\t", stochastic, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.Run("list", "games", "--stochastic").Code);
        Assert.Equal(2, CliHarness.Run("list", "strategies", "--stochastic", "--deterministic").Code);
    }

    private static string SharedDataRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            foreach (string candidate in new[] { Path.Combine(directory.FullName, "shared", "data"), Path.Combine(directory.FullName, "..", "shared", "data") })
            {
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return "/work/shared/data";
    }
}
