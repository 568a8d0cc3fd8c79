using Agora.Cli.Plotting;

namespace Agora.Cli.Tests.Plotting;

/// <summary>
/// Text must really be drawn. ScottPlot draws nothing, silently, when it finds no usable font, so these
/// tests compare a labelled render with an unlabelled one instead of trusting that a file was written.
/// </summary>
public sealed class RunPlotterTextTests
{
    private const string Title = "Bandit regret";
    private const string XLabel = "Episode";
    private const string YLabel = "Reward";

    [Fact]
    public void Title_and_axis_labels_draw_dark_pixels_where_the_unlabelled_plot_has_none()
    {
        using var dir = new PlotTestData.TempDir();
        string labelledPath = dir.File("labelled.png");
        string blankPath = dir.File("blank.png");
        new RunPlotter(new RunPlotOptions { Title = Title, XLabel = XLabel, YLabel = YLabel }).Save(PlotTestData.TwoSeries(), labelledPath);
        new RunPlotter(new RunPlotOptions { Title = "", XLabel = "", YLabel = "" }).Save(PlotTestData.TwoSeries(), blankPath);

        using var labelled = new DarkPixels(labelledPath);
        using var blank = new DarkPixels(blankPath);
        Assert.Equal((blank.Width, blank.Height), (labelled.Width, labelled.Height));

        // Without labels, every dark pixel (frame, ticks, tick labels, legend text) lies in one box; the strips
        // outside it are where the title and axis labels go. Empty strips would mean no tick text was drawn either.
        var box = blank.Bounds();
        Assert.NotNull(box);
        (int left, int top, int right, int bottom) = box.Value;
        Assert.True(top > 0 && left > 0 && bottom < blank.Height, $"the unlabelled plot leaves no margin: {box}");

        int w = labelled.Width, h = labelled.Height;
        Assert.Equal(0, blank.Count(0, 0, w, top));
        Assert.Equal(0, blank.Count(0, 0, left, h));
        Assert.Equal(0, blank.Count(0, bottom, w, h));

        // The title is centred, so look for it in the middle third of the top strip; likewise for the axis labels.
        Assert.True(labelled.Count(w / 3, 0, 2 * w / 3, top) > 20, "no title drawn in the top strip");
        Assert.True(labelled.Count(0, h / 3, left, 2 * h / 3) > 20, "no y-axis label drawn in the left strip");
        Assert.True(labelled.Count(w / 3, bottom, 2 * w / 3, h) > 20, "no x-axis label drawn in the bottom strip");
    }

    [Fact]
    public void Tick_labels_draw_dark_pixels_left_of_and_below_the_frame()
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File("blank.png");
        new RunPlotter(new RunPlotOptions { Title = "", XLabel = "", YLabel = "" }).Save(PlotTestData.TwoSeries(), path);

        using var image = new DarkPixels(path);
        int w = image.Width, h = image.Height;

        // The data-area frame is the longest dark line in each half; tick marks stick out a few pixels past it,
        // so anything dark beyond that gap is tick-label text.
        const int TickGap = 8;
        int frameLeft = Enumerable.Range(0, w / 2).MaxBy(x => image.Count(x, 0, x + 1, h));
        int frameBottom = Enumerable.Range(h / 2, h - h / 2).MaxBy(y => image.Count(0, y, w, y + 1));
        Assert.True(image.Count(0, 0, frameLeft - TickGap, h) > 50, "no y tick labels drawn");
        Assert.True(image.Count(0, frameBottom + TickGap, w, h) > 50, "no x tick labels drawn");
    }

    [Fact]
    public void Svg_contains_title_axis_labels_and_legend_text()
    {
        using var dir = new PlotTestData.TempDir();
        string path = dir.File("plot.svg");
        new RunPlotter(new RunPlotOptions { Title = Title, XLabel = XLabel, YLabel = YLabel }).Save(PlotTestData.TwoSeries(), path);

        string svg = File.ReadAllText(path);
        Assert.Contains(Title, svg, StringComparison.Ordinal);
        Assert.Contains(XLabel, svg, StringComparison.Ordinal);
        Assert.Contains(YLabel, svg, StringComparison.Ordinal);
        Assert.Contains("epsilon-greedy", svg, StringComparison.Ordinal);
        Assert.Contains("UCB1", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSvg_returns_the_same_text_without_writing_a_file()
    {
        string svg = new RunPlotter(new RunPlotOptions { Title = Title, XLabel = XLabel, YLabel = YLabel }).ToSvg(PlotTestData.TwoSeries());
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains(Title, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_font_name_resolves_to_the_embedded_dejavu_face()
    {
        EmbeddedFont.EnsureRegistered();
        EmbeddedFont.EnsureRegistered(); // a second call must not add a second resolver

        var typeface = ScottPlot.Fonts.GetTypeface(EmbeddedFont.FontName, bold: false, italic: false);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.GlyphCount > 1000, $"embedded face has only {typeface.GlyphCount} glyphs");
        Assert.Single(ScottPlot.Fonts.FontResolvers.OfType<EmbeddedFontResolver>());
    }

    [Fact]
    public void Every_text_element_uses_the_embedded_font()
    {
        // The pixel tests above only fail without the embedded font on a machine that has no fonts at all;
        // this one fails anywhere if a text element is left on ScottPlot's system-font default.
        var plotter = new RunPlotter(new RunPlotOptions { Title = Title, XLabel = XLabel, YLabel = YLabel });
        using ScottPlot.Plot plot = plotter.Build(PlotTestData.TwoSeries());

        var styles = new List<(string What, ScottPlot.LabelStyle Style)> { ("title", plot.Axes.Title.Label) };
        foreach (ScottPlot.IAxis axis in plot.Axes.GetAxes())
        {
            styles.Add(($"{axis.Edge} axis label", axis.Label));
            styles.Add(($"{axis.Edge} tick labels", axis.TickLabelStyle));
        }

        ScottPlot.LegendItem[] legend = plot.Legend.GetItems();
        Assert.Equal(["epsilon-greedy", "UCB1"], legend.Select(i => i.LabelText));
        styles.AddRange(legend.Select(i => ($"legend '{i.LabelText}'", i.LabelStyle)));

        foreach ((string what, ScottPlot.LabelStyle style) in styles)
        {
            Assert.True(ReferenceEquals(EmbeddedFont.Typeface, style.Font), $"{what} does not use the embedded typeface");
            Assert.Equal(EmbeddedFont.FontName, style.FontName);
        }
    }
}
