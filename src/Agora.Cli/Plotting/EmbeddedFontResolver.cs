using ScottPlot;
using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>A ScottPlot font resolver that answers one font name with a typeface made from in-memory font bytes.</summary>
/// <remarks>
/// ScottPlot's own file resolver needs a path; ours needs none, so the tool never writes the font to disk.
/// Every weight, slant and spacing gets the same regular face: one embedded file is enough for
/// readable labels, and Skia synthesises bold where a label asks for it.
/// </remarks>
/// <param name="registeredName">The name this resolver answers to; any other name gets <see langword="null"/>.</param>
/// <param name="createTypeface">Makes a new typeface each time, since callers may own and dispose what they are given.</param>
internal sealed class EmbeddedFontResolver(string registeredName, Func<SKTypeface> createTypeface) : IFontResolver
{
    /// <inheritdoc/>
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => Resolve(fontName);

    /// <inheritdoc/>
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => Resolve(fontName);

    private SKTypeface? Resolve(string requested) =>
        string.Equals(requested, registeredName, StringComparison.Ordinal) ? createTypeface() : null;
}
