namespace Agora.Cli.Tests.Plotting;

public sealed class MoranStackplotTests
{
    [Fact]
    public void A_moran_fixation_run_stores_example_populations_that_plot_draws_as_a_stackplot()
    {
        string store = CliHarness.TempPath("moran.db");
        var run = CliHarness.Run("run", "moran-fixation", "--set", "population=4", "--set", "runs=20", "--set", "turns=5", "--store", store, "--quiet");
        Assert.True(run.Code == 0, run.Error);

        string svg = CliHarness.TempPath("tft-cycle.svg");
        var (code, output, error) = CliHarness.Run("plot", "1", "--kind", "stackplot-tft-cycle", "--out", svg, "--store", store);
        Assert.True(code == 0, error);
        Assert.Contains("also stored with run 1", output, StringComparison.Ordinal);
        string text = File.ReadAllText(svg);
        Assert.Contains("<text", text, StringComparison.Ordinal);
        Assert.Contains("Tit For Tat", text, StringComparison.Ordinal);
        Assert.Contains("Defector", text, StringComparison.Ordinal);
        Assert.Contains("population share", text, StringComparison.Ordinal);

        string png = CliHarness.TempPath("neutral.png");
        Assert.Equal(0, CliHarness.Run("plot", "1", "--kind", "stackplot-neutral", "--out", png, "--store", store).Code);
        Assert.True(new FileInfo(png).Length > 10_000);
    }

    [Fact]
    public void A_stackplot_of_a_run_without_populations_is_refused_with_exit_code_2()
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run("tournament", "--players", "Cooperator,Defector", "--turns", "3", "--repetitions", "1", "--store", store, "--quiet").Code);
        var (code, _, error) = CliHarness.Run("plot", "1", "--kind", "stackplot-tft-cycle", "--out", CliHarness.TempPath("x.png"), "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("needs a moran-fixation run", error, StringComparison.Ordinal);
    }
}
