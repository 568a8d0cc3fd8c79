namespace Agora.Cli.Tests.Running;

public sealed class ExplorationBonusesCliTests
{
    [Fact]
    public void A_tiny_run_stores_success_curves_for_every_bonus()
    {
        string store = CliHarness.TempPath("eb.db");
        var (code, _, error) = CliHarness.Run("run", "exploration-bonuses", "--set", "steps=600", "--set", "record-every=200", "--set", "contexts=1,-1", "--trials", "1", "--store", store, "-q");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var (showCode, output, _) = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, showCode);
        foreach (string key in new[] { "success/none", "success/global", "success/episodic", "success/product" })
        {
            Assert.Contains(key, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Zero_contexts_are_refused_before_any_trial_with_exit_2_naming_the_parameter()
    {
        string store = CliHarness.TempPath("eb0.db");
        var (code, _, error) = CliHarness.Run("run", "exploration-bonuses", "--set", "contexts=0", "--set", "steps=100", "--trials", "1", "--store", store, "-q");
        Assert.Equal(2, code);
        Assert.False(File.Exists(store));
        Assert.Contains("'contexts'", error, StringComparison.Ordinal);
    }
}
