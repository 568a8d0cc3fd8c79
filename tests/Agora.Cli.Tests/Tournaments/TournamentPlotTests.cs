namespace Agora.Cli.Tests.Tournaments;

public sealed class TournamentPlotTests
{
    [Theory]
    [InlineData("boxplot")]
    [InlineData("winplot")]
    [InlineData("sdvplot")]
    [InlineData("payoff")]
    [InlineData("pdplot")]
    [InlineData("lengthplot")]
    public void Each_tournament_plot_renders_as_png_and_as_svg_with_the_player_names(string kind)
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run("tournament", "--players", "Cooperator,Defector,Tit For Tat,Grudger,Random: 0.5", "--turns", "20", "--repetitions", "5", "--store", store, "--quiet").Code);
        string png = Path.Combine(Path.GetDirectoryName(store)!, kind + ".png");
        string svg = Path.Combine(Path.GetDirectoryName(store)!, kind + ".svg");
        Assert.Equal(0, CliHarness.Run("plot", "1", "--kind", kind, "--out", png, "--store", store).Code);
        Assert.Equal(0, CliHarness.Run("plot", "1", "--kind", kind, "--out", svg, "--store", store).Code);
        Assert.True(new FileInfo(png).Length > 10_000, $"{kind}.png is only {new FileInfo(png).Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        string text = File.ReadAllText(svg);
        Assert.Contains("<svg", text, StringComparison.Ordinal);
        Assert.Contains("<text", text, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", text, StringComparison.Ordinal);
        Assert.Contains("players)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tournament_kind_on_another_run_is_refused_naming_the_kind()
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--set", "steps=20", "--trials", "1", "--store", store, "--quiet").Code);
        var (code, _, error) = CliHarness.Run("plot", "1", "--kind", "winplot", "--out", CliHarness.TempPath("w.png"), "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("--kind winplot", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_all_writes_every_tournament_plot_next_to_the_output_like_save_all_plots()
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run("tournament", "--players", "Cooperator,Defector,Tit For Tat", "--turns", "10", "--repetitions", "3", "--store", store, "--quiet").Code);
        string dir = Path.GetDirectoryName(store)!;
        var (code, output, _) = CliHarness.Run("plot", "1", "--kind", "all", "--out", Path.Combine(dir, "axl.svg"), "--store", store);
        Assert.Equal(0, code);
        foreach (string kind in new[] { "boxplot", "winplot", "sdvplot", "lengthplot", "payoff", "pdplot" })
        {
            string file = Path.Combine(dir, $"axl-{kind}.svg");
            Assert.True(File.Exists(file), file);
            Assert.Contains("<svg", File.ReadAllText(file), StringComparison.Ordinal);
            Assert.Contains($"artifact plot/axl-{kind}.svg", output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(dir, "axl.svg")));
    }

    [Fact]
    public void Kind_and_metric_together_are_refused_saying_why()
    {
        string store = CliHarness.TempPath("t.db");
        Assert.Equal(0, CliHarness.Run("tournament", "--players", "Cooperator,Defector", "--turns", "5", "--repetitions", "2", "--store", store, "--quiet").Code);
        var (code, _, error) = CliHarness.Run("plot", "1", "--kind", "pdplot", "--metric", "x", "--out", CliHarness.TempPath("p.png"), "--store", store);
        Assert.Equal(2, code);
        Assert.Contains("cannot be combined", error, StringComparison.Ordinal);
    }
}
