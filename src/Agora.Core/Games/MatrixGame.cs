using System.Runtime.CompilerServices;

namespace Agora.Core.Games;

/// <summary>
/// A two-player normal-form game given by payoff matrices, played simultaneously for <see cref="Rounds"/> rounds.
/// </summary>
/// <remarks>
/// <para>
/// Player 0 chooses a row, player 1 a column; each round pays <c>RowPayoffs[r, c]</c> to player 0 and
/// <c>ColumnPayoffs[r, c]</c> to player 1 as a per-step reward, and the return is the undiscounted sum over rounds.
/// With one round this is the one-shot game; with more it is the finitely repeated game with perfect monitoring.
/// </para>
/// <para>
/// Observation (identical for both players, <c>rows·cols + 1</c> floats): a one-hot of the previous joint action at
/// index <c>r·cols + c</c> (all zeros before the first round), then the fraction of rounds played. The information
/// state string lists every joint action played so far; the information state tensor equals the observation.
/// The utility class (zero-sum, constant-sum, identical or general-sum) is read off the matrices.
/// </para>
/// </remarks>
public sealed class MatrixGame : IGame
{
    private readonly double[] _rowPayoffs;
    private readonly double[] _columnPayoffs;
    private readonly string[] _rowLabels;
    private readonly string[] _columnLabels;

    /// <summary>Creates a matrix game.</summary>
    /// <param name="shortName">The stable identifier, e.g. <c>pd</c>.</param>
    /// <param name="longName">A readable name.</param>
    /// <param name="rowPayoffs">Player 0's payoffs, indexed [row, column].</param>
    /// <param name="columnPayoffs">Player 1's payoffs, same shape.</param>
    /// <param name="rowLabels">One label per row action.</param>
    /// <param name="columnLabels">One label per column action.</param>
    /// <param name="rounds">How many times the stage game is played; at least 1 (default 1).</param>
    /// <exception cref="ArgumentException">Shapes or label counts disagree, a payoff is not finite, or rounds &lt; 1.</exception>
    public MatrixGame(string shortName, string longName, double[,] rowPayoffs, double[,] columnPayoffs, IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, int rounds = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        ArgumentException.ThrowIfNullOrWhiteSpace(longName);
        ArgumentNullException.ThrowIfNull(rowPayoffs);
        ArgumentNullException.ThrowIfNull(columnPayoffs);
        ArgumentNullException.ThrowIfNull(rowLabels);
        ArgumentNullException.ThrowIfNull(columnLabels);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        Rows = rowPayoffs.GetLength(0);
        Columns = rowPayoffs.GetLength(1);
        if (Rows == 0 || Columns == 0 || columnPayoffs.GetLength(0) != Rows || columnPayoffs.GetLength(1) != Columns)
        {
            throw new ArgumentException($"Payoff matrices must be non-empty and the same shape ({Rows}x{Columns} vs {columnPayoffs.GetLength(0)}x{columnPayoffs.GetLength(1)}).", nameof(columnPayoffs));
        }

        if (rowLabels.Count != Rows || columnLabels.Count != Columns)
        {
            throw new ArgumentException($"Expected {Rows} row labels and {Columns} column labels, got {rowLabels.Count} and {columnLabels.Count}.", nameof(rowLabels));
        }

        _rowPayoffs = Flatten(rowPayoffs, nameof(rowPayoffs));
        _columnPayoffs = Flatten(columnPayoffs, nameof(columnPayoffs));
        _rowLabels = [.. rowLabels];
        _columnLabels = [.. columnLabels];
        Rounds = rounds;
        double min = Math.Min(_rowPayoffs.Min(), _columnPayoffs.Min());
        double max = Math.Max(_rowPayoffs.Max(), _columnPayoffs.Max());
        MinUtility = rounds * min;
        MaxUtility = rounds * max;
        Type = new GameType(
            shortName, rounds == 1 ? longName : $"{longName} ({rounds} rounds)", Dynamics.Simultaneous, ChanceMode.Deterministic,
            rounds == 1 ? Information.OneShot : Information.PerfectInformation, ClassifyUtility(), RewardModel.Rewards, MinPlayers: 2, MaxPlayers: 2);
    }

    /// <summary>The number of row (player 0) actions.</summary>
    public int Rows { get; }

    /// <summary>The number of column (player 1) actions.</summary>
    public int Columns { get; }

    /// <summary>How many rounds the stage game is played.</summary>
    public int Rounds { get; }

    /// <inheritdoc />
    public GameType Type { get; }

    /// <inheritdoc />
    public int NumPlayers => 2;

    /// <inheritdoc />
    public int NumDistinctActions => Math.Max(Rows, Columns);

    /// <inheritdoc />
    public int MaxChanceOutcomes => 0;

    /// <inheritdoc />
    public double MinUtility { get; }

    /// <inheritdoc />
    public double MaxUtility { get; }

    /// <inheritdoc />
    public int MaxGameLength => Rounds;

    /// <inheritdoc />
    public int ObservationTensorSize => (Rows * Columns) + 1;

    /// <inheritdoc />
    public int InformationStateTensorSize => ObservationTensorSize;

    /// <summary>The prisoner's dilemma with R, P, S, T = 3, 1, 0, 5 and actions C (0) and D (1).</summary>
    /// <param name="rounds">How many rounds; 1 by default.</param>
    /// <returns>The game, named <c>pd</c>.</returns>
    public static MatrixGame PrisonersDilemma(int rounds = 1) => new(
        "pd", "Prisoner's dilemma", new double[,] { { 3, 0 }, { 5, 1 } }, new double[,] { { 3, 5 }, { 0, 1 } }, ["C", "D"], ["C", "D"], rounds);

    /// <summary>Matching pennies: player 0 wins 1 when the coins match, player 1 when they differ.</summary>
    /// <param name="rounds">How many rounds; 1 by default.</param>
    /// <returns>The zero-sum game, named <c>matching-pennies</c>.</returns>
    public static MatrixGame MatchingPennies(int rounds = 1) => new(
        "matching-pennies", "Matching pennies", new double[,] { { 1, -1 }, { -1, 1 } }, new double[,] { { -1, 1 }, { 1, -1 } }, ["H", "T"], ["H", "T"], rounds);

    /// <summary>The stage-game payoff of <paramref name="player"/> for the joint action (row, column).</summary>
    /// <param name="player">0 (row) or 1 (column).</param>
    /// <param name="row">Player 0's action.</param>
    /// <param name="column">Player 1's action.</param>
    /// <returns>The payoff.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Payoff(int player, int row, int column) => (player == 0 ? _rowPayoffs : _columnPayoffs)[(row * Columns) + column];

    /// <summary>The number of actions of <paramref name="player"/>.</summary>
    /// <param name="player">0 or 1.</param>
    /// <returns><see cref="Rows"/> or <see cref="Columns"/>.</returns>
    public int NumActions(int player) => player == 0 ? Rows : Columns;

    /// <summary>A copy of this game played for a different number of rounds.</summary>
    /// <param name="rounds">The new number of rounds.</param>
    /// <returns>The repeated game with the same name, matrices and labels.</returns>
    public MatrixGame WithRounds(int rounds)
    {
        var row = new double[Rows, Columns];
        var column = new double[Rows, Columns];
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                row[r, c] = Payoff(0, r, c);
                column[r, c] = Payoff(1, r, c);
            }
        }

        string longName = Rounds == 1 ? Type.LongName : Type.LongName[..Type.LongName.LastIndexOf(" (", StringComparison.Ordinal)];
        return new MatrixGame(Type.ShortName, longName, row, column, _rowLabels, _columnLabels, rounds);
    }

    /// <inheritdoc />
    public GameState NewInitialState() => new MatrixGameState(this);

    /// <inheritdoc />
    public GameState DeserializeState(string serialized) => GameState.ReplayHistory(this, serialized);

    /// <inheritdoc />
    public string ActionToString(int player, int action)
    {
        string[] labels = player == 0 ? _rowLabels : _columnLabels;
        return action >= 0 && action < labels.Length ? labels[action] : $"?{action}";
    }

    private static double[] Flatten(double[,] matrix, string name)
    {
        var flat = new double[matrix.Length];
        int i = 0;
        foreach (double value in matrix)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"Payoff {value} at flat index {i} is not finite.", name);
            }

            flat[i++] = value;
        }

        return flat;
    }

    private Utility ClassifyUtility()
    {
        bool identical = true;
        bool constantSum = true;
        double sum = _rowPayoffs[0] + _columnPayoffs[0];
        for (int i = 0; i < _rowPayoffs.Length; i++)
        {
            identical &= _rowPayoffs[i] == _columnPayoffs[i];
            constantSum &= _rowPayoffs[i] + _columnPayoffs[i] == sum;
        }

        return identical ? Utility.Identical : constantSum ? (sum == 0 ? Utility.ZeroSum : Utility.ConstantSum) : Utility.GeneralSum;
    }
}
