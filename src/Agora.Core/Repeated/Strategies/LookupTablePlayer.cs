using System.Runtime.CompilerServices;
using System.Text.Json;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Replays a policy stored as a table from the opponent's past moves to the next move, in the format of
/// Akata et al.'s released GPT-4 tables: a JSON object whose keys are the opponent's history as a label string
/// (<c>""</c>, <c>"J"</c>, <c>"JF"</c>, …) and whose values are the next move's label.</summary>
/// <remarks>
/// Labels are the player's own game labels (J/F in <c>akata-*</c>), resolved when the match starts; the table is then
/// kept as integer keys (a leading 1, then the opponent's moves as base-n digits), so a move allocates nothing. When the
/// history is longer than every key (the tables cover 10 rounds), the longest stored suffix of the history decides.
/// </remarks>
public sealed class LookupTablePlayer : Strategy
{
    private readonly IReadOnlyDictionary<string, string> _table;
    private readonly int _maxKeyLength;
    private Dictionary<ulong, int> _resolved = [];
    private ulong _base = 2;

    /// <summary>Creates the player from a parsed table.</summary>
    /// <param name="name">The display name, e.g. <c>lookup:pd.json</c>.</param>
    /// <param name="table">History string → next-move label.</param>
    public LookupTablePlayer(string name, IReadOnlyDictionary<string, string> table)
        : base(StrategyInfo.Of(name, null, false, references: "Akata2025"))
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!table.ContainsKey(string.Empty))
        {
            throw new FormatException("The table has no entry for the empty history \"\" (the first move).");
        }

        _table = table;
        _maxKeyLength = table.Keys.Max(k => k.Length);
        if (_maxKeyLength > 40)
        {
            throw new FormatException($"Keys longer than 40 moves are not supported (found {_maxKeyLength}).");
        }
    }

    /// <summary>Loads a table from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The player, named <c>lookup:PATH</c>.</returns>
    /// <exception cref="FormatException">The file is not a JSON object of strings, or a value is not one label.</exception>
    public static LookupTablePlayer Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FormatException($"Cannot read lookup file '{path}': {e.Message}", e);
        }

        return new LookupTablePlayer($"lookup:{path}", Parse(text, path));
    }

    /// <summary>Parses table JSON.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="FormatException">Not an object of string values.</exception>
    public static Dictionary<string, string> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Lookup file '{source}' is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Lookup file '{source}' must hold a JSON object from history strings to moves, found {document.RootElement.ValueKind}.");
            }

            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (JsonProperty entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String || entry.Value.GetString() is not { Length: > 0 } move)
                {
                    throw new FormatException($"Lookup file '{source}': the value for key \"{entry.Name}\" must be a move label string, found {entry.Value.ValueKind}.");
                }

                table[entry.Name] = move;
            }

            return table;
        }
    }

    /// <summary>Checks that every key and value uses the given one-character labels.</summary>
    /// <param name="ownLabels">The player's own action labels.</param>
    /// <param name="opponentLabels">The opponent's action labels.</param>
    /// <exception cref="FormatException">A key or value uses another label.</exception>
    public void Validate(IReadOnlyList<string> ownLabels, IReadOnlyList<string> opponentLabels)
    {
        ArgumentNullException.ThrowIfNull(ownLabels);
        ArgumentNullException.ThrowIfNull(opponentLabels);
        foreach (var (key, value) in _table)
        {
            foreach (char ch in key)
            {
                if (!opponentLabels.Contains(ch.ToString()))
                {
                    throw new FormatException($"{Name}: key \"{key}\" has move '{ch}', not one of the opponent's labels {string.Join("/", opponentLabels)}.");
                }
            }

            if (!ownLabels.Contains(value))
            {
                throw new FormatException($"{Name}: the value \"{value}\" for key \"{key}\" is not one of the labels {string.Join("/", ownLabels)}.");
            }
        }
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        ReadOnlySpan<int> opponent = history.Opponent;
        for (int start = Math.Max(0, opponent.Length - _maxKeyLength); start <= opponent.Length; start++)
        {
            if (_resolved.TryGetValue(Encode(opponent[start..], _base), out int action))
            {
                return action;
            }
        }

        throw new InvalidOperationException($"{Name} has no entry for the opponent history of length {opponent.Length}.");
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        if (ReferenceEquals(Match, MatchInfo.Default))
        {
            return; // a fresh clone: no game yet whose labels could resolve the table
        }

        var games = Match.Game;
        int seat = Match.Seat;
        string[] own = [.. Enumerable.Range(0, games.NumActions(seat)).Select(a => games.ActionToString(seat, a))];
        string[] opponent = [.. Enumerable.Range(0, games.NumActions(1 - seat)).Select(a => games.ActionToString(1 - seat, a))];
        Validate(own, opponent);
        var resolved = new Dictionary<ulong, int>(_table.Count);
        foreach (var (key, value) in _table)
        {
            ulong code = 1;
            foreach (char ch in key)
            {
                code = (code * (ulong)opponent.Length) + (ulong)Array.IndexOf(opponent, ch.ToString());
            }

            resolved[code] = Array.IndexOf(own, value);
        }

        _resolved = resolved;
        _base = (ulong)opponent.Length;
    }

    // A leading 1 then the moves in base n, so histories of different lengths never collide.
    private static ulong Encode(ReadOnlySpan<int> moves, ulong n)
    {
        ulong code = 1;
        foreach (int move in moves)
        {
            code = (code * n) + (ulong)move;
        }

        return code;
    }
}
