using Agora.Cli.Plotting;

namespace Agora.Cli.Tests.Plotting;

public sealed class RunPlotterFileTests
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static RunPlotter Plotter() => new(new RunPlotOptions { Title = "t", XLabel = "x", YLabel = "y", Width = 400, Height = 300 });

    [Theory]
    [InlineData("plot.png")]
    [InlineData("PLOT.PNG")]
    public void Png_file_is_written_with_the_png_signature_and_size(string name)
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File(name);
        Plotter().Save(PlotTestData.TwoSeries(), path);

        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes.AsSpan(0, PngSignature.Length).ToArray());
        using var image = new DarkPixels(path);
        Assert.Equal((400, 300), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("plot.svg")]
    [InlineData("plot.SVG")]
    public void Svg_file_is_written_as_an_svg_document(string name)
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File(name);
        Plotter().Save(PlotTestData.TwoSeries(), path);

        string svg = File.ReadAllText(path);
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("</svg>", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plot.jpg", ".jpg")]
    [InlineData("plot.pdf", ".pdf")]
    [InlineData("plot.png.bak", ".bak")]
    public void Unknown_extension_is_refused_with_a_message_naming_it_and_nothing_is_written(string name, string extension)
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File(name);

        var ex = Assert.Throws<ArgumentException>(() => Plotter().Save(PlotTestData.TwoSeries(), path));
        Assert.Contains($"'{extension}'", ex.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Missing_extension_is_refused_naming_the_file()
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File("plot");

        var ex = Assert.Throws<ArgumentException>(() => Plotter().Save(PlotTestData.TwoSeries(), path));
        Assert.Contains("no extension", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_series_is_refused()
    {
        using var dir = new PlotTestData.TempDir();
        var ex = Assert.Throws<ArgumentException>(() => Plotter().Save([], dir.File("plot.png")));
        Assert.Contains("series", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_without_points_is_refused_naming_it()
    {
        using var dir = new PlotTestData.TempDir();
        var ex = Assert.Throws<ArgumentException>(() => Plotter().Save([new MetricSeries("empty run", [])], dir.File("plot.png")));
        Assert.Contains("'empty run'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(10_001)]
    public void Out_of_range_size_is_refused_naming_the_field(int pixels)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RunPlotOptions { Width = pixels });
        Assert.Equal("Width", ex.ParamName);
    }
}
