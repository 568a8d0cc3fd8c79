namespace Agora.Cli.Tests.Running;

public sealed class AkataRepeatedGamesCliTests
{
    [Theory]
    [InlineData("pd-table", false)]
    [InlineData("bos-table", true)]
    public void A_missing_or_malformed_table_exits_2_with_one_line_naming_the_parameter_and_path(string parameter, bool exists)
    {
        string path = CliHarness.TempPath("table.json");
        if (exists)
        {
            File.WriteAllText(path, "[\"J\", \"F\"]");
        }

        string store = CliHarness.TempPath("akata.db");
        var (code, _, error) = CliHarness.Run("run", "akata-repeated-games", "--set", $"{parameter}={path}", "--store", store);
        Assert.Equal(2, code);
        Assert.Contains($"'{parameter}'", error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void The_pd_and_bos_round_robins_run_from_the_cli()
    {
        string store = CliHarness.TempPath("akata.db");
        Assert.Equal(0, CliHarness.Run("run", "akata-repeated-games", "--trials", "1", "--set", "part=matches", "--store", store, "--quiet").Code);
        var (code, output, _) = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, code);
        Assert.Contains("akata-bos/ptbr/alternating-jf/coordination", output, StringComparison.Ordinal);
        Assert.Contains("akata-pd/alwaysf/defectonce/score0", output, StringComparison.Ordinal);
    }
}
