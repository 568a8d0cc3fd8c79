using System.Text.Json;

namespace Agora.Cli.Tests.Golden;

public sealed class EquilibriaCommandTests
{
    [Fact]
    public void Akata_battle_of_the_sexes_prints_the_golden_table()
    {
        var (code, output, error) = CliHarness.Run("equilibria", "--game", "akata-bos");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        GoldenFile.AssertMatches("equilibria-akata-bos.txt", output);
    }

    [Fact]
    public void Json_carries_exact_fractions_doubles_and_lemke_howson_labels()
    {
        var (code, output, _) = CliHarness.Run("equilibria", "--game", "matching-pennies", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        JsonElement results = document.RootElement.GetProperty("results");
        Assert.Equal(["support-enumeration", "vertex-enumeration", "lemke-howson"], results.EnumerateArray().Select(r => r.GetProperty("method").GetString()));
        JsonElement only = Assert.Single(results[0].GetProperty("equilibria").EnumerateArray());
        Assert.Equal(["1/2", "1/2"], only.GetProperty("row").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0.5, only.GetProperty("columnProbabilities")[1].GetDouble());
        Assert.Equal("0", only.GetProperty("rowPayoff").GetString());
        Assert.Equal([0, 1, 2, 3], results[2].GetProperty("equilibria")[0].GetProperty("labels").EnumerateArray().Select(l => l.GetInt32()));
    }

    [Fact]
    public void One_method_and_one_label_print_one_section()
    {
        var (code, output, _) = CliHarness.Run("equilibria", "--game", "stag-hunt", "--method", "lemke-howson", "--label", "1");
        Assert.Equal(0, code);
        Assert.Equal(
            "stag-hunt: Stag hunt, 2x2; row actions C D, column actions C D\nLemke-Howson, label 1: 1 equilibrium\n  1  row (0, 1)  column (0, 1)  payoffs 2, 2  label 1\n",
            output);
    }

    [Theory]
    [InlineData("'chess'", "equilibria", "--game", "chess")]
    [InlineData("'kuhn-poker'", "equilibria", "--game", "kuhn-poker")]
    [InlineData("'simplex'", "equilibria", "--game", "pd", "--method", "simplex")]
    [InlineData("got 4", "equilibria", "--game", "pd", "--label", "4")]
    [InlineData("got -1", "equilibria", "--game", "pd", "--label", "-1")]
    [InlineData("--game", "equilibria")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        var (code, _, error) = CliHarness.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
