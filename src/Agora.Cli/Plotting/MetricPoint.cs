namespace Agora.Cli.Plotting;

/// <summary>One point of a plotted metric: the mean over trials at a step and its 95% confidence band.</summary>
/// <param name="Step">The x coordinate: the step (episode, round, iteration) the metric was measured at.</param>
/// <param name="Mean">The mean of the metric over trials at <paramref name="Step"/>.</param>
/// <param name="Lower95">The lower edge of the 95% confidence band.</param>
/// <param name="Upper95">The upper edge of the 95% confidence band.</param>
public readonly record struct MetricPoint(double Step, double Mean, double Lower95, double Upper95);
