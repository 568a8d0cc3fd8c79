namespace Agora.Core.Environments.Foraging;

/// <summary>Saving and loading episode state (see <see cref="ForagingState"/>).</summary>
public sealed partial class ForagingEnv
{
    /// <summary>A snapshot of the current episode.</summary>
    /// <returns>The state.</returns>
    /// <exception cref="InvalidOperationException">Before the first reset or load.</exception>
    public ForagingState SaveState()
    {
        if (!_ready)
        {
            throw new InvalidOperationException("Call Reset or LoadState first.");
        }

        var foods = new List<ForagingEntity>();
        for (int cell = 0; cell < _field.Length; cell++)
        {
            if (_field[cell] > 0)
            {
                foods.Add(new ForagingEntity(cell / _cols, cell % _cols, _field[cell]));
            }
        }

        var players = new ForagingEntity[_players];
        for (int p = 0; p < _players; p++)
        {
            players[p] = new ForagingEntity(_playerRow[p], _playerCol[p], _playerLevel[p]);
        }

        return new ForagingState(_rows, _cols, _step, _foodSpawned, foods, players);
    }

    /// <summary>Puts the environment in <paramref name="state"/>; the episode continues from there.</summary>
    /// <param name="state">The snapshot.</param>
    /// <exception cref="ArgumentException">The state does not fit this environment; the message names the offending field.</exception>
    /// <remarks>
    /// Refused: another field size or number of players; positions off the field; levels below 1; more foods than
    /// <c>MaxNumFood</c>; food on the border (upstream never spawns it there and its load lookup mishandles it); two foods
    /// on one cell; a player on a food; a step outside [0, MaxEpisodeSteps); a non-positive normaliser with food present.
    /// Two players may share a cell (upstream's chain-collision quirk produces that).
    /// </remarks>
    public void LoadState(ForagingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Check(state.Rows == _rows && state.Cols == _cols, "rows/cols", $"{state.Rows}x{state.Cols} does not match the environment's {_rows}x{_cols} field");
        Check(state.Players.Count == _players, "players", $"has {state.Players.Count} entries; the environment has {_players} players");
        Check(state.Foods.Count <= Options.MaxNumFood, "foods", $"has {state.Foods.Count} entries; at most MaxNumFood = {Options.MaxNumFood}");
        Check(state.Step >= 0 && state.Step < Options.MaxEpisodeSteps, "step", $"{state.Step} is outside 0..{Options.MaxEpisodeSteps - 1}");
        Check(state.Foods.Count == 0 || state.FoodSpawned > 0, "foodSpawned", $"{state.FoodSpawned} must be positive when food is present");
        var field = new int[_field.Length];
        for (int f = 0; f < state.Foods.Count; f++)
        {
            ForagingEntity e = state.Foods[f];
            string name = $"foods[{f}]";
            CheckEntity(e, name);
            Check(e.Row > 0 && e.Col > 0 && e.Row < _rows - 1 && e.Col < _cols - 1, name, $"({e.Row}, {e.Col}) lies on the border, where lb-foraging never places food");
            Check(field[(e.Row * _cols) + e.Col] == 0, name, $"({e.Row}, {e.Col}) already holds a food");
            field[(e.Row * _cols) + e.Col] = e.Level;
        }

        for (int p = 0; p < _players; p++)
        {
            ForagingEntity e = state.Players[p];
            string name = $"players[{p}]";
            CheckEntity(e, name);
            Check(field[(e.Row * _cols) + e.Col] == 0, name, $"({e.Row}, {e.Col}) stands on a food");
        }

        field.CopyTo(_field, 0);
        for (int p = 0; p < _players; p++)
        {
            (_playerRow[p], _playerCol[p], _playerLevel[p]) = (state.Players[p].Row, state.Players[p].Col, state.Players[p].Level);
        }

        double spawned = state.FoodSpawned;
        IndexFoods();
        _foodSpawned = spawned;
        _step = state.Step;
        _over = _foodLeft == 0;
        _ready = true;
    }

    /// <summary>Loads a state from JSON (see <see cref="ForagingState.ToJson"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <exception cref="FormatException">The JSON is malformed.</exception>
    /// <exception cref="ArgumentException">The state does not fit this environment.</exception>
    public void LoadState(string json) => LoadState(ForagingState.FromJson(json));

    private static void Check(bool ok, string field, string why)
    {
        if (!ok)
        {
            throw new ArgumentException($"Foraging state field '{field}': {why}.");
        }
    }

    private void CheckEntity(ForagingEntity e, string name)
    {
        Check(e.Row >= 0 && e.Row < _rows && e.Col >= 0 && e.Col < _cols, name, $"({e.Row}, {e.Col}) is off the {_rows}x{_cols} field");
        Check(e.Level >= 1, name, $"level {e.Level} must be at least 1");
    }
}
