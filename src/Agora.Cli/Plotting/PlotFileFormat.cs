namespace Agora.Cli.Plotting;

/// <summary>The image formats a run plot can be written in.</summary>
public enum PlotFileFormat
{
    /// <summary>A PNG raster image (<c>.png</c>).</summary>
    Png,

    /// <summary>An SVG vector image (<c>.svg</c>).</summary>
    Svg,
}

/// <summary>Chooses a <see cref="PlotFileFormat"/> from a file name.</summary>
public static class PlotFileFormats
{
    /// <summary>Picks the format from the path's extension, ignoring case.</summary>
    /// <param name="path">The output file path.</param>
    /// <returns>The format the extension names.</returns>
    /// <exception cref="ArgumentException">The extension is neither <c>.png</c> nor <c>.svg</c>; the message names it.</exception>
    public static PlotFileFormat FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string extension = Path.GetExtension(path);
        return extension.ToLowerInvariant() switch
        {
            ".png" => PlotFileFormat.Png,
            ".svg" => PlotFileFormat.Svg,
            "" => throw new ArgumentException($"Plot file '{path}' has no extension; use .png or .svg.", nameof(path)),
            _ => throw new ArgumentException($"Plot file extension '{extension}' is not supported; use .png or .svg.", nameof(path)),
        };
    }
}
