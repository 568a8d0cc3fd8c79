namespace Agora.Cli.Plotting;

/// <summary>A grid of values to draw as a heatmap, with its placement and texts.</summary>
/// <param name="Values">Values indexed [row, column]; row 0 is drawn at the bottom, column 0 at the left.</param>
/// <param name="Left">The x coordinate of the centre of column 0.</param>
/// <param name="Right">The x coordinate of the centre of the last column.</param>
/// <param name="Bottom">The y coordinate of the centre of row 0.</param>
/// <param name="Top">The y coordinate of the centre of the last row.</param>
/// <param name="Title">The title.</param>
/// <param name="XLabel">The x-axis label.</param>
/// <param name="YLabel">The y-axis label.</param>
/// <param name="ColorBarLabel">The colour bar's label.</param>
public sealed record HeatmapData(double[,] Values, double Left, double Right, double Bottom, double Top, string Title, string XLabel, string YLabel, string ColorBarLabel);
