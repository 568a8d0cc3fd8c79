namespace Agora.Cli.Tests.Running;

public sealed class ExplorationBonusesNeuralCliTests
{
    [Fact]
    public void A_tiny_sweep_over_bonuses_stores_success_curves_and_summaries()
    {
        string store = CliHarness.TempPath("ebn.db");
        var (code, _, error) = CliHarness.Run("run", "exploration-bonuses-neural", "--set", "bonus=episodic,e3b-rnd", "--set", "steps=1024", "--set", "envs=2", "--set", "rollout=64", "--set", "record-every=512", "--set", "max-steps=20", "--trials", "1", "--store", store, "-q");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var (showCode, output, _) = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, showCode);
        foreach (string key in new[] { "success", "final-success", "auc-success", "\"episodic\"", "\"e3b-rnd\"" })
        {
            Assert.Contains(key, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bonus=icm", "'bonus'")]
    [InlineData("contexts=0", "'contexts'")]
    public void Bad_parameters_are_refused_with_exit_2_naming_the_parameter(string setting, string named)
    {
        string store = CliHarness.TempPath("ebn-bad.db");
        var (code, _, error) = CliHarness.Run("run", "exploration-bonuses-neural", "--set", setting, "--set", "steps=1000", "--trials", "1", "--store", store, "-q");
        Assert.Equal(2, code);
        Assert.False(File.Exists(store));
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
