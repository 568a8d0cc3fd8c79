namespace Agora.Cli.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void Unknown_experiment_exits_2_and_names_it()
    {
        var (code, _, error) = CliHarness.Run("run", "no-such-experiment", "--store", CliHarness.TempPath("a.db"));
        Assert.Equal(2, code);
        Assert.Contains("'no-such-experiment'", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Unknown_set_key_exits_2_and_names_it()
    {
        var (code, _, error) = CliHarness.Run("run", "bandits-regret", "--set", "armz=3", "--store", CliHarness.TempPath("a.db"));
        Assert.Equal(2, code);
        Assert.Contains("'armz'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("steps=ten", "'ten'")]
    [InlineData("epsilon=1.5", "1.5")]
    [InlineData("arms=2.5", "'2.5'")]
    [InlineData("steps", "'steps'")]
    public void Badly_typed_or_out_of_range_set_value_exits_2_and_names_it(string assignment, string named)
    {
        var (code, _, error) = CliHarness.Run("run", "bandits-regret", "--set", assignment, "--store", CliHarness.TempPath("a.db"));
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_verb_and_bad_option_value_exit_2()
    {
        Assert.Equal(2, CliHarness.Run("frobnicate").Code);
        var (code, _, error) = CliHarness.Run("run", "bandits-regret", "--seed", "minus-one");
        Assert.Equal(2, code);
        Assert.Contains("minus-one", error, StringComparison.Ordinal);
        Assert.Equal(2, CliHarness.Run("run", "bandits-regret", "--jobs", "0", "--store", CliHarness.TempPath("a.db")).Code);
        Assert.Equal(2, CliHarness.Run("export", "1", "--format", "xlsx", "--store", CliHarness.TempPath("a.db")).Code);
    }

    [Fact]
    public void Missing_run_or_store_exits_2_and_names_it()
    {
        string store = CliHarness.TempPath("missing.db");
        var (code, _, error) = CliHarness.Run("show", "7", "--store", store);
        Assert.Equal(2, code);
        Assert.Contains(store, error, StringComparison.Ordinal);
        Assert.False(File.Exists(store));

        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "1", "--set", "steps=10", "--store", store, "--quiet").Code);
        var missingRun = CliHarness.Run("show", "7", "--store", store);
        Assert.Equal(2, missingRun.Code);
        Assert.Contains("No run 7", missingRun.Error, StringComparison.Ordinal);
    }
}
