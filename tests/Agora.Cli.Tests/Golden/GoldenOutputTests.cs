namespace Agora.Cli.Tests.Golden;

public sealed class GoldenOutputTests
{
    [Fact]
    public void List_prints_one_experiment_per_line_name_first()
    {
        var (code, output, _) = CliHarness.Run("list");
        Assert.Equal(0, code);
        GoldenFile.AssertMatches("list.txt", output);
    }

    [Theory]
    [InlineData("games")]
    [InlineData("envs")]
    [InlineData("strategies")]
    public void List_of_each_kind_prints_one_item_per_line_name_first(string kind)
    {
        var (code, output, _) = CliHarness.Run("list", kind);
        Assert.Equal(0, code);
        GoldenFile.AssertMatches($"list-{kind}.txt", output);
    }

    [Fact]
    public void List_of_an_unknown_kind_exits_2()
    {
        var (code, _, error) = CliHarness.Run("list", "planets");
        Assert.Equal(2, code);
        Assert.Contains("planets", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_prints_parameters_defaults_and_paper()
    {
        var (code, output, _) = CliHarness.Run("describe", "bandits-regret");
        Assert.Equal(0, code);
        GoldenFile.AssertMatches("describe-bandits-regret.txt", output);
    }

    [Fact]
    public void Run_prints_the_run_id_and_a_summary_table()
    {
        string store = CliHarness.TempPath("golden.db");
        var (code, output, _) = CliHarness.Run("run", "bandits-regret", "--trials", "5", "--seed", "3", "--set", "steps=500", "--set", "epsilon=0.1,0.2", "--store", store);
        Assert.Equal(0, code);
        GoldenFile.AssertMatches("run-bandits-regret.txt", output.Replace(store, "STORE", StringComparison.Ordinal));
    }

    [Fact]
    public void Runs_and_show_list_the_stored_run()
    {
        string store = CliHarness.TempPath("show.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "2", "--set", "steps=100", "--store", store, "--quiet").Code);
        var runs = CliHarness.Run("runs", "--store", store);
        Assert.Equal(0, runs.Code);
        GoldenFile.AssertMatches("runs.txt", runs.Out);
        var show = CliHarness.Run("show", "1", "--store", store);
        Assert.Equal(0, show.Code);
        GoldenFile.AssertMatches("show.txt", System.Text.RegularExpressions.Regex.Replace(show.Out, "commit [0-9a-f]{40}", "commit COMMIT"));
    }

    [Fact]
    public void Quiet_run_prints_only_the_status_line()
    {
        string store = CliHarness.TempPath("quiet.db");
        var (code, output, error) = CliHarness.Run("run", "bandits-regret", "--trials", "3", "--set", "steps=50", "--store", store, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal($"run 1 completed: 3/3 trials succeeded (store {store})\n", output);
        Assert.Equal(string.Empty, error);
    }
}
