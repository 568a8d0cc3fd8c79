using System.Text;

namespace Agora.Core.Games;

/// <summary>A node of <see cref="MatrixGame"/>: rounds played, the last joint action and the running returns.</summary>
internal sealed class MatrixGameState : GameState
{
    private readonly MatrixGame _game;
    private int _round;
    private int _lastRow = -1;
    private int _lastColumn = -1;
    private double _return0;
    private double _return1;

    public MatrixGameState(MatrixGame game)
        : base(game)
    {
        _game = game;
    }

    private MatrixGameState(MatrixGameState other)
        : base(other)
    {
        _game = other._game;
        _round = other._round;
        _lastRow = other._lastRow;
        _lastColumn = other._lastColumn;
        _return0 = other._return0;
        _return1 = other._return1;
    }

    public override int CurrentPlayer => _round >= _game.Rounds ? PlayerIds.Terminal : PlayerIds.Simultaneous;

    public override void Returns(Span<double> destination)
    {
        destination[0] = _return0;
        destination[1] = _return1;
    }

    public override string ObservationString(int player) => _lastRow < 0
        ? $"round {_round}/{_game.Rounds}"
        : $"round {_round}/{_game.Rounds} last {_game.ActionToString(0, _lastRow)},{_game.ActionToString(1, _lastColumn)}";

    public override string InformationStateString(int player)
    {
        var builder = new StringBuilder(_round * 4);
        IReadOnlyList<int> history = History;
        for (int i = 0; i + 1 < history.Count; i += 2)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(_game.ActionToString(0, history[i])).Append(',').Append(_game.ActionToString(1, history[i + 1]));
        }

        return builder.ToString();
    }

    public override void ObservationTensor(int player, Span<float> destination)
    {
        int cells = _game.Rows * _game.Columns;
        destination[..cells].Clear();
        if (_lastRow >= 0)
        {
            destination[(_lastRow * _game.Columns) + _lastColumn] = 1;
        }

        destination[cells] = (float)_round / _game.Rounds;
    }

    public override GameState Clone() => new MatrixGameState(this);

    protected override int DoLegalActions(int player, Span<int> destination)
    {
        int n = _game.NumActions(player);
        for (int a = 0; a < n; a++)
        {
            destination[a] = a;
        }

        return n;
    }

    protected override void DoApplyAction(int action) =>
        throw new InvalidOperationException("A matrix game only has simultaneous nodes.");

    protected override void DoApplyActions(ReadOnlySpan<int> actions)
    {
        _lastRow = actions[0];
        _lastColumn = actions[1];
        _return0 += _game.Payoff(0, _lastRow, _lastColumn);
        _return1 += _game.Payoff(1, _lastRow, _lastColumn);
        _round++;
    }
}
