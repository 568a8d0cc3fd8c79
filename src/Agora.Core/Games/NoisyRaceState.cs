using Agora.Core.Randomness;

namespace Agora.Core.Games;

/// <summary>A node of <see cref="NoisyRace"/>: both squares, whose turn it is, and whether a die roll is pending.</summary>
internal sealed class NoisyRaceState : GameState
{
    private readonly NoisyRace _game;
    private int _square0;
    private int _square1;
    private int _mover;
    private int _playerMoves;
    private bool _rollPending;
    private int _winner = -1;

    public NoisyRaceState(NoisyRace game)
        : base(game)
    {
        _game = game;
    }

    private NoisyRaceState(NoisyRaceState other)
        : base(other)
    {
        _game = other._game;
        _square0 = other._square0;
        _square1 = other._square1;
        _mover = other._mover;
        _playerMoves = other._playerMoves;
        _rollPending = other._rollPending;
        _winner = other._winner;
    }

    public override int CurrentPlayer
    {
        get
        {
            if (_rollPending)
            {
                return PlayerIds.Chance;
            }

            return _winner >= 0 || _playerMoves >= _game.MaxPlayerMoves ? PlayerIds.Terminal : _mover;
        }
    }

    public override void Returns(Span<double> destination)
    {
        destination[0] = _winner < 0 ? 0 : (_winner == 0 ? 1 : -1);
        destination[1] = -destination[0];
    }

    public override string ObservationString(int player) =>
        $"me {Square(player)} opponent {Square(1 - player)} target {_game.Target} move {_playerMoves}/{_game.MaxPlayerMoves}{(_rollPending ? " rolling" : string.Empty)}";

    public override void ObservationTensor(int player, Span<float> destination)
    {
        float target = _game.Target;
        destination[0] = Math.Min(Square(player), _game.Target) / target;
        destination[1] = Math.Min(Square(1 - player), _game.Target) / target;
        destination[2] = CurrentPlayer == player ? 1 : 0;
        destination[3] = (float)_playerMoves / _game.MaxPlayerMoves;
    }

    public override GameState Clone() => new NoisyRaceState(this);

    protected override int DoLegalActions(int player, Span<int> destination)
    {
        destination[0] = NoisyRace.Step;
        destination[1] = NoisyRace.Dash;
        return 2;
    }

    protected override int DoSampleChance(ref AgoraRandom rng) => rng.NextInt(NoisyRace.DieFaces);

    protected override void DoApplyAction(int action)
    {
        if (_rollPending)
        {
            // Sampled chance is not checked by the base class, so a replayed history is validated here.
            if (action < 0 || action >= NoisyRace.DieFaces)
            {
                throw new ArgumentOutOfRangeException(nameof(action), action, $"A die roll is a chance action in [0, {NoisyRace.DieFaces}).");
            }

            _rollPending = false;
            int face = action + 1;
            Advance(face == 1 ? -Square(_mover) : face);
            return;
        }

        _playerMoves++;
        if (action == NoisyRace.Dash)
        {
            _rollPending = true;
            return;
        }

        Advance(1);
    }

    private int Square(int player) => player == 0 ? _square0 : _square1;

    private void Advance(int delta)
    {
        if (_mover == 0)
        {
            _square0 += delta;
        }
        else
        {
            _square1 += delta;
        }

        if (Square(_mover) >= _game.Target)
        {
            _winner = _mover;
        }

        _mover = 1 - _mover;
    }
}
