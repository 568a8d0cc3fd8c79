using ScottPlot;
using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>Draws a <see cref="HeatmapData"/> with a viridis colour bar, every text in the embedded font.</summary>
public static class HeatmapPlotter
{
    /// <summary>The image width in pixels.</summary>
    public const int Width = 720;

    /// <summary>The image height in pixels.</summary>
    public const int Height = 600;

    /// <summary>Renders the heatmap and writes it; the format follows the extension (<c>.png</c> or <c>.svg</c>).</summary>
    /// <param name="data">The grid and texts.</param>
    /// <param name="path">The output file; replaced when it exists.</param>
    /// <exception cref="ArgumentException">The extension is not <c>.png</c> or <c>.svg</c>.</exception>
    public static void Save(HeatmapData data, string path)
    {
        PlotFileFormat format = PlotFileFormats.FromPath(path);
        using Plot plot = Build(data);
        if (format == PlotFileFormat.Png)
        {
            plot.SavePng(path, Width, Height);
        }
        else
        {
            plot.SaveSvg(path, Width, Height);
        }
    }

    /// <summary>Builds the figure; the caller disposes it. Internal so tests can inspect the text styles.</summary>
    /// <param name="data">The grid and texts.</param>
    /// <returns>The figure.</returns>
    internal static Plot Build(HeatmapData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int rows = data.Values.GetLength(0);
        int columns = data.Values.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException("A heatmap needs at least one value.", nameof(data));
        }

        EmbeddedFont.EnsureRegistered();
        SKTypeface typeface = EmbeddedFont.Typeface;
        var plot = new Plot();
        plot.Title(data.Title);
        plot.XLabel(data.XLabel);
        plot.YLabel(data.YLabel);

        // Half a cell beyond the first and last centres, so each cell is centred on its coordinate.
        double halfWidth = columns > 1 ? (data.Right - data.Left) / (columns - 1) / 2 : 0.5;
        double halfHeight = rows > 1 ? (data.Top - data.Bottom) / (rows - 1) / 2 : 0.5;
        var heatmap = plot.Add.Heatmap(data.Values);
        heatmap.FlipVertically = true; // row 0 at the bottom, as on a y axis
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.Rectangle = new CoordinateRect(data.Left - halfWidth, data.Right + halfWidth, data.Bottom - halfHeight, data.Top + halfHeight);
        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = data.ColorBarLabel;
        UseFont(colorBar.LabelStyle, typeface);
        UseFont(colorBar.Axis.TickLabelStyle, typeface);
        UseFont(colorBar.Axis.Label, typeface);
        plot.Axes.SetLimits(data.Left - halfWidth, data.Right + halfWidth, data.Bottom - halfHeight, data.Top + halfHeight);

        UseFont(plot.Axes.Title.Label, typeface);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            UseFont(axis.Label, typeface);
            UseFont(axis.TickLabelStyle, typeface);
        }

        plot.Axes.Title.Label.FontSize = 16;
        return plot;
    }

    private static void UseFont(LabelStyle style, SKTypeface typeface)
    {
        style.FontName = EmbeddedFont.FontName;
        style.Font = typeface;
    }
}
