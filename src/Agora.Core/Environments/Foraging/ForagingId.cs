using System.Globalization;
using System.Text.RegularExpressions;

namespace Agora.Core.Environments.Foraging;

/// <summary>Parses lb-foraging 2.0's registered v3 environment ids into <see cref="ForagingOptions"/>.</summary>
/// <remarks>
/// <para>
/// lb-foraging's <c>__init__.py</c> registers <c>Foraging{-2s}-{s}x{s}-{p}p-{f}f{-coop}-v3</c> for s ∈ 5..19,
/// p ∈ 2..9, f ∈ 1..9 (4,320 ids), all with player levels 1..2, food levels from 1 up to the sum of the three lowest
/// player levels, sight 2 for "-2s" and s otherwise, 50 steps, no penalty and normalised rewards. Its
/// <c>register_grid_envs()</c> adds <c>Foraging-grid{-Ns}-{s}x{s}-{p}p-{f}f{-coop}-v3</c> (sight N ∈ 1..s−1, or s when
/// absent) with grid observations; upstream those fail to construct, here they work.
/// </para>
/// <para>Ids outside those ranges are refused, since lb-foraging does not register them.</para>
/// </remarks>
public static partial class ForagingId
{
    /// <summary>Parses <paramref name="id"/>.</summary>
    /// <param name="id">An id such as <c>Foraging-8x8-2p-2f-v3</c> or <c>Foraging-2s-15x15-4p-5f-coop-v3</c>.</param>
    /// <returns>The configuration lb-foraging registers under that id.</returns>
    /// <exception cref="ArgumentException">The id is not one lb-foraging registers; the message says why.</exception>
    public static ForagingOptions Parse(string id) =>
        TryParse(id, out ForagingOptions? options, out string? error) ? options : throw new ArgumentException(error, nameof(id));

    /// <summary>Tries to parse <paramref name="id"/>.</summary>
    /// <param name="id">The candidate id.</param>
    /// <param name="options">The configuration when the id is valid.</param>
    /// <param name="error">Why the id was refused, otherwise null.</param>
    /// <returns>Whether the id is one lb-foraging registers.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ForagingOptions? options, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        options = null;
        Match m = id is null ? Match.Empty : IdPattern().Match(id);
        if (!m.Success)
        {
            error = $"Unknown environment id '{id}': expected lb-foraging's Foraging[-2s]-<s>x<s>-<p>p-<f>f[-coop]-v3 or Foraging-grid[-<n>s]-<s>x<s>-<p>p-<f>f[-coop]-v3.";
            return false;
        }

        int rows = Int(m.Groups["rows"]);
        int cols = Int(m.Groups["cols"]);
        int players = Int(m.Groups["players"]);
        int foods = Int(m.Groups["foods"]);
        bool grid = m.Groups["grid"].Success;
        int sight = m.Groups["sight"].Success ? Int(m.Groups["sight"]) : rows;
        if (rows != cols || rows is < 5 or > 19 || players is < 2 or > 9 || foods is < 1 or > 9)
        {
            error = $"Unknown environment id '{id}': lb-foraging registers only square fields of 5..19, 2..9 players and 1..9 foods.";
            return false;
        }

        if (m.Groups["sight"].Success && (grid ? sight < 1 || sight >= rows : sight != 2))
        {
            error = $"Unknown environment id '{id}': sight '-{sight}s' is not registered ({(grid ? $"grid ids take 1..{rows - 1}" : "vector ids take only -2s")}).";
            return false;
        }

        options = new ForagingOptions
        {
            Rows = rows,
            Cols = cols,
            Players = players,
            MaxNumFood = foods,
            MinPlayerLevel = 1,
            MaxPlayerLevel = 2,
            MinFoodLevel = 1,
            MaxFoodLevel = null,
            Sight = sight,
            MaxEpisodeSteps = 50,
            ForceCoop = m.Groups["coop"].Success,
            Penalty = 0.0,
            ObservationMode = grid ? ForagingObservationMode.Grid : ForagingObservationMode.Vector,
        };
        error = null;
        return true;
    }

    private static int Int(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Foraging(?<grid>-grid)?(?:-(?<sight>[0-9]{1,2})s)?-(?<rows>[0-9]{1,2})x(?<cols>[0-9]{1,2})-(?<players>[0-9])p-(?<foods>[0-9])f(?<coop>-coop)?-v3$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
