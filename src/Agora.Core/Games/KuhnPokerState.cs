using System.Text;

namespace Agora.Core.Games;

/// <summary>A node of <see cref="KuhnPoker"/>: the two dealt cards and up to three betting moves.</summary>
internal sealed class KuhnPokerState : GameState
{
    private const int MaxBettingMoves = 3;

    private int _card0 = -1;
    private int _card1 = -1;
    private int _bettingMoves;

    // Bit i holds betting move i (0 = pass, 1 = bet); three moves fit in three bits, so cloning is a field copy.
    private int _bettingBits;

    public KuhnPokerState(KuhnPoker game)
        : base(game)
    {
    }

    private KuhnPokerState(KuhnPokerState other)
        : base(other)
    {
        _card0 = other._card0;
        _card1 = other._card1;
        _bettingMoves = other._bettingMoves;
        _bettingBits = other._bettingBits;
    }

    public override int CurrentPlayer
    {
        get
        {
            if (_card1 < 0)
            {
                return PlayerIds.Chance;
            }

            return IsBettingOver() ? PlayerIds.Terminal : _bettingMoves % 2;
        }
    }

    public override void Returns(Span<double> destination)
    {
        destination[0] = 0;
        destination[1] = 0;
        if (!IsBettingOver())
        {
            return;
        }

        int last = _bettingMoves - 1;
        bool folded = Move(last) == KuhnPoker.Pass && last > 0 && Move(last - 1) == KuhnPoker.Bet;

        // The player who made the last move folded; otherwise the higher card wins the showdown.
        int winner = folded ? 1 - (last % 2) : (_card0 > _card1 ? 0 : 1);
        int loser = 1 - winner;
        double stake = Stake(loser);
        destination[winner] = stake;
        destination[loser] = -stake;
    }

    public override string ObservationString(int player) =>
        $"{CardLabel(player)} {Stake(0)} {Stake(1)}";

    public override string InformationStateString(int player)
    {
        var builder = new StringBuilder(4);
        int card = Card(player);
        if (card >= 0)
        {
            builder.Append((char)('0' + card));
        }

        for (int i = 0; i < _bettingMoves; i++)
        {
            builder.Append(Move(i) == KuhnPoker.Bet ? 'b' : 'p');
        }

        return builder.ToString();
    }

    public override void ObservationTensor(int player, Span<float> destination)
    {
        destination[..7].Clear();
        destination[player] = 1;
        int card = Card(player);
        if (card >= 0)
        {
            destination[2 + card] = 1;
        }

        destination[5] = Stake(0);
        destination[6] = Stake(1);
    }

    public override void InformationStateTensor(int player, Span<float> destination)
    {
        destination[..11].Clear();
        destination[player] = 1;
        int card = Card(player);
        if (card >= 0)
        {
            destination[2 + card] = 1;
        }

        for (int i = 0; i < _bettingMoves; i++)
        {
            destination[5 + (2 * i) + Move(i)] = 1;
        }
    }

    public override GameState Clone() => new KuhnPokerState(this);

    protected override int DoLegalActions(int player, Span<int> destination)
    {
        destination[0] = KuhnPoker.Pass;
        destination[1] = KuhnPoker.Bet;
        return 2;
    }

    protected override int DoChanceOutcomes(Span<ChanceOutcome> destination)
    {
        int n = 0;
        double probability = _card0 < 0 ? 1.0 / KuhnPoker.DeckSize : 1.0 / (KuhnPoker.DeckSize - 1);
        for (int card = 0; card < KuhnPoker.DeckSize; card++)
        {
            if (card != _card0)
            {
                destination[n++] = new ChanceOutcome(card, probability);
            }
        }

        return n;
    }

    protected override void DoApplyAction(int action)
    {
        if (_card0 < 0)
        {
            _card0 = action;
        }
        else if (_card1 < 0)
        {
            _card1 = action;
        }
        else
        {
            _bettingBits |= action << _bettingMoves;
            _bettingMoves++;
        }
    }

    private int Move(int index) => (_bettingBits >> index) & 1;

    private int Card(int player) => player == 0 ? _card0 : _card1;

    private string CardLabel(int player) => Card(player) < 0 ? "-" : KuhnPoker.CardName(Card(player));

    /// <summary>The chips <paramref name="player"/> has put in: the ante plus any bet or call.</summary>
    private int Stake(int player)
    {
        int stake = 1;
        for (int i = player; i < _bettingMoves; i += 2)
        {
            stake += Move(i);
        }

        return stake;
    }

    private bool IsBettingOver()
    {
        if (_bettingMoves == MaxBettingMoves)
        {
            return true;
        }

        // Two moves end the round unless player 0 checked and player 1 bet (then player 0 must answer).
        return _bettingMoves == 2 && !(Move(0) == KuhnPoker.Pass && Move(1) == KuhnPoker.Bet);
    }
}
