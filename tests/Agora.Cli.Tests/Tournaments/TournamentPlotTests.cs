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
}
