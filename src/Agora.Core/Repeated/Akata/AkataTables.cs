using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Repeated.Akata;

/// <summary>Loads the lookup tables given to <c>akata-repeated-games</c> as <c>pd-table</c> and <c>bos-table</c>.</summary>
public static class AkataTables
{
    private static readonly string[] Labels = ["J", "F"];

    /// <summary>Checks a table path: null when it is empty (no table) or names a readable J/F table, else a one-line reason
    /// naming the path.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Null, or the reason.</returns>
    public static string? Problem(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0)
        {
            return null;
        }

        try
        {
            Load("check", path);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message.ReplaceLineEndings(" ");
        }
    }

    /// <summary>Loads a table as a player and checks that it uses Akata's labels J and F.</summary>
    /// <param name="name">The player's name (e.g. <c>pd-table</c>).</param>
    /// <param name="path">The JSON file.</param>
    /// <returns>The player.</returns>
    /// <exception cref="FormatException">The file is missing, unreadable, not a table, or uses other labels.</exception>
    public static LookupTablePlayer Load(string name, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FormatException($"cannot read lookup file '{path}': {e.Message}", e);
        }

        LookupTablePlayer player;
        try
        {
            player = new LookupTablePlayer(name, LookupTablePlayer.Parse(text, path));
            player.Validate(Labels, Labels);
        }
        catch (FormatException e) when (!e.Message.Contains(path, StringComparison.Ordinal))
        {
            throw new FormatException($"lookup file '{path}': {e.Message}", e);
        }

        return player;
    }
}
