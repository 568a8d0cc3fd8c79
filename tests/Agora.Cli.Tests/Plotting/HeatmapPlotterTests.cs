using Agora.Cli.Plotting;

namespace Agora.Cli.Tests.Plotting;

/// <summary>Heatmap text must be drawn, in the embedded font, as for the run plots.</summary>
public sealed class HeatmapPlotterTests
{
    // Only the bottom-left cell takes viridis's dark purple; the rest is yellow, so dark pixels near the top are text.
    private static HeatmapData Data(string title, string x, string y, string bar) =>
        new(new double[,] { { 0, 3, 3 }, { 3, 3, 3 } }, 0, 1, 0, 1, title, x, y, bar);

    [Fact]
    public void Title_and_axis_labels_draw_dark_pixels_outside_the_heatmap()
    {
        using var dir = new PlotTestData.TempDir();
        string labelledPath = dir.File("labelled.png");
        string blankPath = dir.File("blank.png");
        HeatmapPlotter.Save(Data("Ashlock fingerprint", "x label", "y label", "bar"), labelledPath);
        HeatmapPlotter.Save(Data("", "", "", ""), blankPath);

        using var labelled = new DarkPixels(labelledPath);
        using var blank = new DarkPixels(blankPath);
        int w = labelled.Width, h = labelled.Height;
        Assert.Equal((HeatmapPlotter.Width, HeatmapPlotter.Height), (w, h));

        // The title sits above everything else (the blank plot has only the frame's top edge up there), and the axis
        // labels outside the tick labels.
        // A line of text darkens many consecutive pixel rows; the frame edge darkens one or two.
        int RowsWithDark(DarkPixels image) => Enumerable.Range(0, 25).Count(y => image.Count(w / 4, y, 3 * w / 4, y + 1) > 0);
        Assert.True(RowsWithDark(labelled) >= 8, $"no title drawn ({RowsWithDark(labelled)} dark rows)");
        Assert.True(RowsWithDark(blank) <= 3, $"the blank plot has {RowsWithDark(blank)} dark rows at the top");
        Assert.True(labelled.Count(w / 4, h - 22, 3 * w / 4, h) > 30, "no x-axis label drawn");
        Assert.True(labelled.Count(0, h / 3, 22, 2 * h / 3) > 30, "no y-axis label drawn");
    }

    [Fact]
    public void Every_text_element_uses_the_embedded_font_and_the_svg_holds_the_texts()
    {
        HeatmapData data = Data("Ashlock fingerprint of TFT", "x = P(C)", "y = P(D)", "mean score per turn");
        using ScottPlot.Plot plot = HeatmapPlotter.Build(data);
        var styles = new List<ScottPlot.LabelStyle> { plot.Axes.Title.Label };
        foreach (ScottPlot.IAxis axis in plot.Axes.GetAxes())
        {
            styles.Add(axis.Label);
            styles.Add(axis.TickLabelStyle);
        }

        Assert.All(styles, s => Assert.Equal(EmbeddedFont.FontName, s.FontName));

        using var dir = new PlotTestData.TempDir();
        string path = dir.File("heat.svg");
        HeatmapPlotter.Save(data, path);
        string svg = File.ReadAllText(path);
        Assert.Contains("Ashlock fingerprint of TFT", svg, StringComparison.Ordinal);
        Assert.Contains("mean score per turn", svg, StringComparison.Ordinal);
        Assert.Contains("P(C)", svg, StringComparison.Ordinal);
    }
}
