using Agora.Cli.Tests.Golden;
using Agora.Cli.Tests.Plotting;

namespace Agora.Cli.Tests.Commands;

public sealed class MoranCommandTests
{
    [Fact]
    public void A_small_deterministic_case_prints_counts_probabilities_and_intervals()
    {
        var (code, output, error) = CliHarness.Run("moran", "--players", "Tit For Tat,Defector*3", "--turns", "10", "--runs", "200", "--seed", "1", "--jobs", "2");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        GoldenFile.AssertMatches("moran-text.txt", output, GoldenSource());
        Assert.Contains("  Tit For Tat        1", output, StringComparison.Ordinal);
        Assert.Contains("unfixed runs: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_does_not_depend_on_jobs()
    {
        string[] args = ["moran", "--players", "Tit For Tat*2,Random: 0.5,Defector*2", "--turns", "20", "--runs", "60", "--mode", "db", "--graph", "cycle"];
        Assert.Equal(CliHarness.Run([.. args, "--jobs", "1"]).Out, CliHarness.Run([.. args, "--jobs", "3"]).Out);
    }

    [Fact]
    public void Two_attached_cliques_run_as_a_graph()
    {
        var (code, output, error) = CliHarness.Run("moran", "--players", "Tit For Tat*3,Defector*3", "--graph", "attached", "--turns", "10", "--runs", "40", "--seed", "2");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("attached graph", output, StringComparison.Ordinal);
        Assert.Contains("unfixed runs: 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutation_prints_mean_shares_instead_of_fixation()
    {
        var (code, output, _) = CliHarness.Run("moran", "--players", "Tit For Tat,Defector,Cooperator", "--turns", "10", "--mutation", "0.1", "--generations", "50", "--runs", "20");
        Assert.Equal(0, code);
        Assert.Contains("mean share after 50 generations (mutation 0.1, transition):", output, StringComparison.Ordinal);
        double total = output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Sum(l => double.Parse(l.Trim().Split("  ")[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.0, total, 2);
    }

    [Theory]
    [InlineData("'Tit For Nothing'", "--players", "Tit For Nothing,Defector")]
    [InlineData("at least 2", "--players", "Defector")]
    [InlineData("'Defector*x'", "--players", "Tit For Tat,Defector*x")]
    [InlineData("--turns", "--players", "TFT,Defector", "--turns", "0")]
    [InlineData("1.5", "--players", "TFT,Defector", "--mutation", "1.5")]
    [InlineData("'xy'", "--players", "TFT,Defector", "--mode", "xy")]
    [InlineData("'star'", "--players", "TFT,Defector", "--graph", "star")]
    [InlineData("7 players", "--players", "TFT,Defector*6", "--graph", "lattice")]
    [InlineData("5 players", "--players", "TFT,Defector*4", "--graph", "attached")]
    [InlineData("--runs", "--players", "TFT,Defector", "--runs", "0")]
    [InlineData("--jobs", "--players", "TFT,Defector", "--jobs", "0")]
    [InlineData("'chess'", "--players", "TFT,Defector", "--game", "chess")]
    [InlineData("'.gif'", "--players", "TFT,Defector", "--plot", "out.gif")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        var (code, _, error) = CliHarness.Run(["moran", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Plot_writes_a_stackplot_png_with_text_and_an_svg_with_the_legend()
    {
        using var dir = new PlotTestData.TempDir();
        string png = dir.File("moran.png");
        string svg = dir.File("moran.svg");
        var (code, output, _) = CliHarness.Run("moran", "--players", "Tit For Tat*3,Defector*3", "--turns", "20", "--runs", "5", "--seed", "2", "--plot", png);
        Assert.Equal(0, code);
        Assert.Contains($"wrote {png}", output, StringComparison.Ordinal);
        using (var image = new DarkPixels(png))
        {
            // Title strip and x-axis label strip carry dark text pixels.
            Assert.True(image.Count(image.Width / 4, 0, 3 * image.Width / 4, 40) > 50, "no title text");
            Assert.True(image.Count(image.Width / 3, image.Height - 30, 2 * image.Width / 3, image.Height) > 20, "no x label");
        }

        Assert.Equal(0, CliHarness.Run("moran", "--players", "Tit For Tat*3,Defector*3", "--turns", "20", "--runs", "5", "--seed", "2", "--plot", svg).Code);
        string text = File.ReadAllText(svg);
        Assert.Contains("Tit For Tat", text, StringComparison.Ordinal);
        Assert.Contains("Defector", text, StringComparison.Ordinal);
        Assert.Contains("population share", text, StringComparison.Ordinal);
    }

    private static string GoldenSource([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "..", "Golden", "x.cs");
}

public sealed class EcosystemCommandTests
{
    [Fact]
    public void Tit_for_tat_takes_over_an_ecology_with_defectors_and_cooperators_and_the_stackplot_is_written()
    {
        using var dir = new PlotTestData.TempDir();
        string png = dir.File("eco.png");
        var (code, output, error) = CliHarness.Run("ecosystem", "--players", "Tit For Tat,Defector,Cooperator", "--generations", "300", "--plot", png);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string tft = output.Split('\n').Single(l => l.TrimStart().StartsWith("Tit For Tat", StringComparison.Ordinal));
        string defector = output.Split('\n').Single(l => l.TrimStart().StartsWith("Defector", StringComparison.Ordinal));
        Assert.EndsWith("0.000", defector, StringComparison.Ordinal);
        Assert.StartsWith("  Tit For Tat    0.333", tft, StringComparison.Ordinal);
        using var image = new DarkPixels(png);
        Assert.True(image.Count(image.Width / 4, 0, 3 * image.Width / 4, 40) > 50, "no title text");
    }

    [Theory]
    [InlineData("only once", "--players", "TFT,TFT")]
    [InlineData("--generations", "--players", "TFT,Defector", "--generations", "0")]
    [InlineData("'Nobody'", "--players", "TFT,Nobody")]
    public void Bad_input_exits_2_with_one_line_naming_it(string named, params string[] args)
    {
        var (code, _, error) = CliHarness.Run(["ecosystem", .. args]);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
