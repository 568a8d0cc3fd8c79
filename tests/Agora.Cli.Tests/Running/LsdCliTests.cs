namespace Agora.Cli.Tests.Running;

public sealed class LsdCliTests
{
    [Theory]
    [InlineData("lsd-planning", "tau-max=0", "'tau-max' must be between 1 and 8; got 0")]
    [InlineData("lsd-planning", "arms=0", "'arms' must be between 1 and 4; got 0")]
    [InlineData("lsd-planning", "family=seasonal", "'family' must be one of satiation, deprivation, mixed; got 'seasonal'")]
    [InlineData("lsd-learning", "arms=1", "'arms' must be between 2 and 8; got 1")]
    public void Bad_lsd_instance_settings_exit_2_with_one_line_naming_them(string experiment, string assignment, string message)
    {
        var (code, _, error) = CliHarness.Run("run", experiment, "--set", assignment, "--store", CliHarness.TempPath("lsd.db"));
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Lsd_planning_runs_from_the_cli_and_reports_its_ratios()
    {
        string store = CliHarness.TempPath("lsd.db");
        Assert.Equal(0, CliHarness.Run("run", "lsd-planning", "--trials", "3", "--set", "family=deprivation", "--store", store, "--quiet").Code);
        var (code, output, _) = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, code);
        Assert.Contains("ratio/approximation", output, StringComparison.Ordinal);
        Assert.Contains("ratio/cyclic", output, StringComparison.Ordinal);
    }
}
