namespace Agora.Core.Repeated.Akata;

/// <summary>Collects normalised scores per player and game family, and averages them as in Akata et al.'s Table 1.</summary>
/// <remarks>
/// Every observation (one game, one opponent, one seat) has equal weight, so a family's mean is the mean over its games
/// when every game has the same number of observations. "Overall" is the mean over every observation outside the
/// families the paper leaves out of Table 1 (Tragic: its 1,224 games are 9 × the 136 non-tragic games of the table).
/// Not thread-safe: one instance per trial.
/// </remarks>
public sealed class FamilyScores
{
    /// <summary>The family Akata et al. leave out of Table 1 and of its "Overall" row.</summary>
    public const string ExcludedFamily = "Tragic";

    private readonly Dictionary<(string Player, string Family), (double Sum, int Count)> _cells = [];
    private readonly List<string> _players = [];
    private readonly List<string> _families = [];

    /// <summary>The players in the order first seen.</summary>
    public IReadOnlyList<string> Players => _players;

    /// <summary>The families in the order first seen.</summary>
    public IReadOnlyList<string> Families => _families;

    /// <summary>Adds one observation.</summary>
    /// <param name="player">The player's name.</param>
    /// <param name="family">The game's family.</param>
    /// <param name="normalisedScore">The player's normalised score in that match.</param>
    public void Add(string player, string family, double normalisedScore)
    {
        ArgumentNullException.ThrowIfNull(player);
        ArgumentNullException.ThrowIfNull(family);
        if (!_players.Contains(player))
        {
            _players.Add(player);
        }

        if (!_families.Contains(family))
        {
            _families.Add(family);
        }

        var (sum, count) = _cells.GetValueOrDefault((player, family));
        _cells[(player, family)] = (sum + normalisedScore, count + 1);
    }

    /// <summary>The mean normalised score of a player over a family.</summary>
    /// <param name="player">The player.</param>
    /// <param name="family">The family.</param>
    /// <returns>The mean, or NaN when there is no observation.</returns>
    public double Mean(string player, string family) =>
        _cells.TryGetValue((player, family), out var cell) ? cell.Sum / cell.Count : double.NaN;

    /// <summary>How many observations a player has in a family.</summary>
    /// <param name="player">The player.</param>
    /// <param name="family">The family.</param>
    /// <returns>The count.</returns>
    public int Count(string player, string family) => _cells.TryGetValue((player, family), out var cell) ? cell.Count : 0;

    /// <summary>The mean over every observation of a player outside <see cref="ExcludedFamily"/>.</summary>
    /// <param name="player">The player.</param>
    /// <returns>The mean, or NaN when there is no observation.</returns>
    public double Overall(string player)
    {
        double sum = 0;
        int count = 0;
        foreach (var ((p, family), cell) in _cells)
        {
            if (p == player && family != ExcludedFamily)
            {
                (sum, count) = (sum + cell.Sum, count + cell.Count);
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
