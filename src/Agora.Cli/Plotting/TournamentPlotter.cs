using Agora.Core.Statistics;
using ScottPlot;
using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>Axelrod's tournament plots (<c>axelrod/plot.py</c>): boxplot of normalised scores, winplot, score-difference
/// plot, payoff and payoff-difference heatmaps and match lengths, players in plot.py's orders, every text in the embedded
/// font.</summary>
public static class TournamentPlotter
{
    /// <summary>The plot kinds, as <c>agora plot --kind</c> names them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["boxplot", "winplot", "sdvplot", "payoff", "pdplot", "lengthplot"];

    /// <summary>Renders one kind and writes it; the format follows the extension (.png or .svg).</summary>
    /// <param name="data">The data.</param>
    /// <param name="kind">One of <see cref="Kinds"/>.</param>
    /// <param name="title">The title.</param>
    /// <param name="path">The output file.</param>
    /// <exception cref="ArgumentException">Unknown kind or extension.</exception>
    public static void Save(TournamentPlotData data, string kind, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(data);
        PlotFileFormat format = PlotFileFormats.FromPath(path);
        using Plot plot = Build(data, kind, title);
        int width = Math.Max(800, 60 * data.Names.Count);
        int height = kind is "payoff" or "pdplot" ? width : 700;
        if (format == PlotFileFormat.Png)
        {
            plot.SavePng(path, width, height);
        }
        else
        {
            plot.SaveSvg(path, width, height);
        }
    }

    internal static Plot Build(TournamentPlotData data, string kind, string title)
    {
        EmbeddedFont.EnsureRegistered();
        var plot = new Plot();
        int n = data.Names.Count;
        switch (kind)
        {
            case "boxplot":
                AddBoxes(plot, data.NormalisedScores);
                plot.YLabel("Mean score per turn");
                break;
            case "winplot":
                AddBoxes(plot, data.Wins);
                plot.YLabel("Wins");
                break;
            case "sdvplot":
                AddBoxes(plot, data.ScoreDifferences);
                plot.YLabel("Score difference per turn");
                break;
            case "payoff":
                AddHeatmap(plot, data.Payoffs, data.Names, "Mean score per turn (row player)");
                break;
            case "pdplot":
                AddHeatmap(plot, data.PayoffDifferences, data.Names, "Mean score difference per turn (row player)");
                break;
            case "lengthplot":
                AddBoxes(plot, data.MatchLengths);
                plot.YLabel("Match length (turns)");
                break;
            default:
                throw new ArgumentException($"Unknown tournament plot kind '{kind}'; use {string.Join(", ", Kinds)}.", nameof(kind));
        }

        plot.Title(title);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, n).Select(i => (double)i)], [.. kind == "winplot" ? data.WinNames : data.Names]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 60;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 260;
        UseFont(plot.Axes.Title.Label);
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            UseFont(axis.Label);
            UseFont(axis.TickLabelStyle);
        }

        return plot;
    }

    private static void AddHeatmap(Plot plot, double[,] values, IReadOnlyList<string> names, string label)
    {
        int n = names.Count;
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = label;
        UseFont(bar.LabelStyle);
        UseFont(bar.Axis.TickLabelStyle);
        double[] rows = [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))];
        plot.Axes.Left.SetTicks(rows, [.. names]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
    }

    private static void AddBoxes(Plot plot, IReadOnlyList<double[]> values)
    {
        var boxes = new List<Box>(values.Count);
        for (int i = 0; i < values.Count; i++)
        {
            double[] sorted = [.. values[i].Where(double.IsFinite).Order()];
            if (sorted.Length == 0)
            {
                continue;
            }

            boxes.Add(new Box
            {
                Position = i,
                BoxMin = Quantiles.OfSorted(sorted, 0.25),
                BoxMiddle = Quantiles.OfSorted(sorted, 0.5),
                BoxMax = Quantiles.OfSorted(sorted, 0.75),
                WhiskerMin = sorted[0],
                WhiskerMax = sorted[^1],
            });
        }

        plot.Add.Boxes(boxes);
    }

    private static void UseFont(LabelStyle style)
    {
        SKTypeface typeface = EmbeddedFont.Typeface;
        style.FontName = EmbeddedFont.FontName;
        style.Font = typeface;
    }
}
