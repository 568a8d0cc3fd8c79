using ScottPlot;
using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>Draws population shares over generations as a stackplot (Axelrod's <c>stackplot</c> and
/// <c>populations_plot</c>): one filled band per type, stacked to 1.</summary>
/// <remarks>All text uses the embedded font (<see cref="EmbeddedFont"/>), as <see cref="RunPlotter"/> does.</remarks>
internal static class StackPlotter
{
    /// <summary>Renders the shares and writes a <c>.png</c> or <c>.svg</c> file.</summary>
    /// <param name="types">The legend labels, one per type.</param>
    /// <param name="shares">Per generation, one share per type (each row sums to 1).</param>
    /// <param name="options">Title, axis labels and size.</param>
    /// <param name="path">The output file.</param>
    public static void Save(IReadOnlyList<string> types, IReadOnlyList<double[]> shares, RunPlotOptions options, string path)
    {
        PlotFileFormat format = PlotFileFormats.FromPath(path);
        using Plot plot = Build(types, shares, options);
        if (format == PlotFileFormat.Png)
        {
            plot.SavePng(path, options.Width, options.Height);
        }
        else
        {
            plot.SaveSvg(path, options.Width, options.Height);
        }
    }

    internal static Plot Build(IReadOnlyList<string> types, IReadOnlyList<double[]> shares, RunPlotOptions options)
    {
        if (types.Count == 0 || shares.Count == 0 || shares.Any(row => row.Length != types.Count))
        {
            throw new ArgumentException("A stackplot needs at least one type and one generation, with one share per type in every generation.", nameof(shares));
        }

        EmbeddedFont.EnsureRegistered();
        SKTypeface typeface = EmbeddedFont.Typeface;
        var plot = new Plot();
        plot.Title(options.Title);
        plot.XLabel(options.XLabel);
        plot.YLabel(options.YLabel);
        UseFont(plot.Axes.Title.Label, typeface);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            UseFont(axis.Label, typeface);
            UseFont(axis.TickLabelStyle, typeface);
        }

        // One generation only still needs a visible band: give it unit width.
        int n = Math.Max(shares.Count, 2);
        double[] xs = [.. Enumerable.Range(0, n).Select(g => (double)g)];
        var lower = new double[n];
        var palette = new ScottPlot.Palettes.Category10();
        var legend = new List<LegendItem>(types.Count);
        for (int k = 0; k < types.Count; k++)
        {
            double[] upper = new double[n];
            for (int g = 0; g < n; g++)
            {
                upper[g] = lower[g] + shares[Math.Min(g, shares.Count - 1)][k];
            }

            Color color = palette.GetColor(k);
            var band = plot.Add.FillY(xs, upper, lower);
            band.FillColor = color;
            band.LineWidth = 0;
            band.MarkerSize = 0;
            var item = new LegendItem { LabelText = types[k], FillColor = color, LineWidth = 0, MarkerShape = MarkerShape.None };
            UseFont(item.LabelStyle, typeface);
            legend.Add(item);
            lower = upper;
        }

        plot.Axes.SetLimits(0, n - 1, 0, 1);
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontName = EmbeddedFont.FontName;
        plot.ShowLegend(legend, Alignment.UpperRight);
        return plot;
    }

    private static void UseFont(LabelStyle style, SKTypeface typeface)
    {
        style.FontName = EmbeddedFont.FontName;
        style.Font = typeface;
    }
}
