using SkiaSharp;

namespace Agora.Cli.Plotting;

/// <summary>The TTF font shipped inside the agora assembly, so plot text never depends on the fonts a machine has installed.</summary>
/// <remarks>
/// ScottPlot falls back to a system typeface when a font name is unknown; on a machine with no TTF
/// files that typeface has no glyphs, and every label silently renders as nothing. Loading the font
/// from a manifest resource (no temporary file) and registering it with ScottPlot removes that dependency.
/// The font is DejaVu Sans 2.37; its licence is <c>Plotting/Fonts/LICENSE.txt</c>.
/// </remarks>
internal static class EmbeddedFont
{
    /// <summary>The name plots ask ScottPlot for; deliberately not a system family name, so it can only resolve to the embedded file.</summary>
    internal const string FontName = "Agora Embedded DejaVu Sans";

    /// <summary>The manifest resource name, fixed by <c>LogicalName</c> in Agora.Cli.csproj.</summary>
    internal const string ResourceName = "Agora.Cli.Plotting.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<SKData> FontData = new(LoadData, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<SKTypeface> SharedTypeface = new(() => CreateTypeface(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock RegistrationLock = new();
    private static bool registered;

    /// <summary>One typeface for the embedded font, shared by every plot for the life of the process.</summary>
    internal static SKTypeface Typeface => SharedTypeface.Value;

    /// <summary>Registers the embedded font with ScottPlot under <see cref="FontName"/>; later calls do nothing.</summary>
    internal static void EnsureRegistered()
    {
        // ScottPlot's resolver list is a plain static List, so additions are serialised here.
        lock (RegistrationLock)
        {
            if (registered)
            {
                return;
            }

            ScottPlot.Fonts.FontResolvers.Add(new EmbeddedFontResolver(FontName, CreateTypeface));
            registered = true;
        }
    }

    /// <summary>Creates a new typeface over the loaded font bytes.</summary>
    /// <returns>The typeface.</returns>
    /// <exception cref="InvalidOperationException">The embedded bytes are not a usable font.</exception>
    internal static SKTypeface CreateTypeface() =>
        SKTypeface.FromData(FontData.Value)
        ?? throw new InvalidOperationException($"The embedded font resource '{ResourceName}' is not a readable TTF file.");

    private static SKData LoadData()
    {
        using Stream stream = typeof(EmbeddedFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded font resource '{ResourceName}' is missing from {typeof(EmbeddedFont).Assembly.GetName().Name}.");
        return SKData.Create(stream);
    }
}
