namespace Agora.Cli.Tests.Plotting;

public sealed class PlotCommandTests
{
    private static string StoreWithSweep()
    {
        string store = CliHarness.TempPath("plot.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "4", "--set", "steps=200", "--set", "epsilon=0.05,0.3", "--store", store, "--quiet").Code);
        return store;
    }

    [Fact]
    public void Plot_writes_a_png_whose_title_and_axis_labels_are_drawn()
    {
        string store = StoreWithSweep();
        string png = Path.Combine(Path.GetDirectoryName(store)!, "regret.png");
        var (code, output, error) = CliHarness.Run("plot", "1", "--metric", "regret/ucb1", "--out", png, "--store", store);
        Assert.True(code == 0, error);
        Assert.Contains(png, output, StringComparison.Ordinal);
        using var pixels = new DarkPixels(png);
        // Title across the top strip, the y label down the left edge, the x label along the bottom: all black text.
        Assert.True(pixels.Count(pixels.Width / 4, 0, 3 * pixels.Width / 4, pixels.Height / 12) > 50, "no title drawn");
        Assert.True(pixels.Count(0, pixels.Height / 4, pixels.Width / 25, 3 * pixels.Height / 4) > 30, "no y-axis label drawn");
        Assert.True(pixels.Count(pixels.Width / 3, 11 * pixels.Height / 12, 2 * pixels.Width / 3, pixels.Height) > 30, "no x-axis label drawn");
    }

    [Fact]
    public void Plot_of_every_metric_writes_an_svg_with_one_series_per_key_and_grid_point()
    {
        string store = StoreWithSweep();
        string svg = Path.Combine(Path.GetDirectoryName(store)!, "all.svg");
        Assert.Equal(0, CliHarness.Run("plot", "1", "--out", svg, "--store", store).Code);
        string text = File.ReadAllText(svg);
        Assert.Contains("run 1: bandits-regret", text, StringComparison.Ordinal);
        Assert.Contains("regret/thompson (epsilon=0.05)", text, StringComparison.Ordinal);
        Assert.Contains("regret/epsilon-greedy (epsilon=0.3)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--metric", "regret/nobody", "'regret/nobody'")]
    [InlineData("--out", "plot.jpg", "'.jpg'")]
    public void Plot_refuses_unknown_metrics_and_formats_with_exit_2(string option, string value, string named)
    {
        string store = StoreWithSweep();
        string[] args = option == "--out"
            ? ["plot", "1", "--out", Path.Combine(Path.GetDirectoryName(store)!, value), "--store", store]
            : ["plot", "1", option, value, "--out", Path.Combine(Path.GetDirectoryName(store)!, "x.png"), "--store", store];
        var (code, _, error) = CliHarness.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
