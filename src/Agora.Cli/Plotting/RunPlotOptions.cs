namespace Agora.Cli.Plotting;

/// <summary>What a <see cref="RunPlotter"/> writes around the data: texts and image size.</summary>
public sealed record RunPlotOptions
{
    /// <summary>The smallest accepted width or height, in pixels.</summary>
    public const int MinimumPixels = 100;

    /// <summary>The largest accepted width or height, in pixels.</summary>
    public const int MaximumPixels = 10_000;

    /// <summary>The title above the plot. Default: empty (no title).</summary>
    public string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title)); } = string.Empty;

    /// <summary>The x-axis label. Default: <c>"Step"</c>.</summary>
    public string XLabel { get; init => field = value ?? throw new ArgumentNullException(nameof(XLabel)); } = "Step";

    /// <summary>The y-axis label. Default: <c>"Value"</c>.</summary>
    public string YLabel { get; init => field = value ?? throw new ArgumentNullException(nameof(YLabel)); } = "Value";

    /// <summary>The image width in pixels, from <see cref="MinimumPixels"/> to <see cref="MaximumPixels"/>. Default: 800.</summary>
    public int Width { get; init => field = CheckPixels(value, nameof(Width)); } = 800;

    /// <summary>The image height in pixels, from <see cref="MinimumPixels"/> to <see cref="MaximumPixels"/>. Default: 500.</summary>
    public int Height { get; init => field = CheckPixels(value, nameof(Height)); } = 500;

    private static int CheckPixels(int value, string name) =>
        value is >= MinimumPixels and <= MaximumPixels
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be from {MinimumPixels} to {MaximumPixels} pixels, got {value}.");
}
