using ScottPlot;
using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>Draws experiment metrics as line plots: one mean line per series inside its shaded 95% confidence band.</summary>
/// <remarks>
/// All text (title, axis labels, tick labels, legend) uses the font embedded in the tool
/// (<see cref="EmbeddedFont"/>), so a plot renders the same on a machine with no fonts installed.
/// </remarks>
public sealed class RunPlotter
{
    /// <summary>How opaque a confidence band is: light enough that overlapping bands and the mean lines stay visible.</summary>
    private const double BandAlpha = 0.2;

    private const float MeanLineWidth = 2;

    /// <summary>Creates a plotter.</summary>
    /// <param name="options">Texts and image size.</param>
    public RunPlotter(RunPlotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The texts and image size every plot from this plotter uses.</summary>
    public RunPlotOptions Options { get; }

    /// <summary>Renders the series and writes the image; the format follows the extension of <paramref name="path"/>.</summary>
    /// <param name="series">The series to draw, at least one, each with at least one point.</param>
    /// <param name="path">The output file; <c>.png</c> or <c>.svg</c>. An existing file is replaced.</param>
    /// <exception cref="ArgumentException">The extension is not <c>.png</c> or <c>.svg</c>, there are no series, or a series has no points.</exception>
    public void Save(IReadOnlyList<MetricSeries> series, string path)
    {
        // Checked first so a bad file name costs nothing and writes nothing.
        PlotFileFormat format = PlotFileFormats.FromPath(path);
        using Plot plot = Build(series);
        switch (format)
        {
            case PlotFileFormat.Png:
                plot.SavePng(path, Options.Width, Options.Height);
                break;
            case PlotFileFormat.Svg:
                plot.SaveSvg(path, Options.Width, Options.Height);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(path), format, "Unhandled plot file format.");
        }
    }

    /// <summary>Renders the series as SVG text without touching the file system.</summary>
    /// <param name="series">The series to draw, at least one, each with at least one point.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentException">There are no series, or a series has no points.</exception>
    public string ToSvg(IReadOnlyList<MetricSeries> series)
    {
        using Plot plot = Build(series);
        return plot.GetSvgXml(Options.Width, Options.Height);
    }

    /// <summary>Builds the ScottPlot figure for the series; the caller disposes it. Internal so tests can inspect the text styles.</summary>
    /// <param name="series">The series to draw, at least one, each with at least one point.</param>
    /// <returns>The figure, not yet rendered.</returns>
    internal Plot Build(IReadOnlyList<MetricSeries> series)
    {
        Validate(series);
        EmbeddedFont.EnsureRegistered();
        SKTypeface typeface = EmbeddedFont.Typeface;

        var plot = new Plot();
        plot.Title(Options.Title);
        plot.XLabel(Options.XLabel);
        plot.YLabel(Options.YLabel);
        UseFont(plot.Axes.Title.Label, typeface);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            UseFont(axis.Label, typeface);
            UseFont(axis.TickLabelStyle, typeface);
        }

        var palette = new ScottPlot.Palettes.Category10();
        var legendItems = new List<LegendItem>(series.Count);
        for (int i = 0; i < series.Count; i++)
        {
            Color color = palette.GetColor(i);
            AddSeries(plot, series[i], color);
            legendItems.Add(LegendEntry(series[i].Label, color, typeface));
        }

        // Legend entries are built here rather than taken from the plottables so that their text style is ours, not ScottPlot's static default.
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontName = EmbeddedFont.FontName;
        plot.ShowLegend(legendItems, Alignment.UpperLeft);
        return plot;
    }

    private static void AddSeries(Plot plot, MetricSeries series, Color color)
    {
        int n = series.Points.Count;
        var steps = new double[n];
        var means = new double[n];
        var lowers = new double[n];
        var uppers = new double[n];
        for (int j = 0; j < n; j++)
        {
            MetricPoint p = series.Points[j];
            steps[j] = p.Step;
            means[j] = p.Mean;
            lowers[j] = p.Lower95;
            uppers[j] = p.Upper95;
        }

        // The band goes in first so the mean line is drawn on top of it.
        var band = plot.Add.FillY(steps, uppers, lowers);
        band.FillColor = color.WithAlpha(BandAlpha);
        band.LineWidth = 0;
        band.MarkerSize = 0;

        var line = plot.Add.ScatterLine(steps, means, color);
        line.LineWidth = MeanLineWidth;
    }

    private static LegendItem LegendEntry(string label, Color color, SKTypeface typeface)
    {
        var item = new LegendItem
        {
            LabelText = label,
            LineColor = color,
            LineWidth = MeanLineWidth,
            FillColor = color.WithAlpha(BandAlpha),
            MarkerShape = MarkerShape.None,
        };
        UseFont(item.LabelStyle, typeface);
        return item;
    }

    private static void UseFont(LabelStyle style, SKTypeface typeface)
    {
        // Both are set: ScottPlot prefers Font when present, and FontName is what the legend and later restyling look up.
        style.FontName = EmbeddedFont.FontName;
        style.Font = typeface;
    }

    private static void Validate(IReadOnlyList<MetricSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("series: at least one series is needed to draw a plot.", nameof(series));
        }

        foreach (MetricSeries s in series)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(series));
            if (s.Points is null || s.Points.Count == 0)
            {
                throw new ArgumentException($"series '{s.Label}' has no points.", nameof(series));
            }
        }
    }
}
