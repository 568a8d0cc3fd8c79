namespace Agora.Cli.Plotting;

/// <summary>One line of a run plot: a labelled sequence of points, drawn as a mean line inside a shaded 95% band.</summary>
/// <param name="Label">The legend text for this series.</param>
/// <param name="Points">The points, in the order they are drawn (normally ascending <see cref="MetricPoint.Step"/>).</param>
public sealed record MetricSeries(string Label, IReadOnlyList<MetricPoint> Points);
