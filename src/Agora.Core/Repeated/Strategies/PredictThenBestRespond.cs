using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Predicts the opponent's next move with an order-k Markov model of its own moves, then plays the myopic
/// best response: the analogue of Akata et al.'s social chain-of-thought (predict, then act).</summary>
/// <remarks>
/// For orders j = k … 0 it counts which move followed each context of the opponent's last j moves, and predicts from
/// the longest context already seen (most frequent next move, ties to the lowest action). Before any data it best
/// responds to a uniformly mixing opponent. The best response maximises the stage payoff against the prediction
/// (ties to the lowest action). Deterministic; counts are allocated at reset.
/// </remarks>
public sealed class PredictThenBestRespond : Strategy
{
    private readonly int _order;
    private int _n;
    private int[][] _counts = [];

    /// <summary>Creates the player.</summary>
    /// <param name="order">k, the context length; 2 by default (0 … 6).</param>
    public PredictThenBestRespond(int order = 2)
        : base(StrategyInfo.Of($"Predict Then Best Respond: {order}", null, false, StrategyUses.Game, "Akata2025"))
    {
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, 6);
        _order = order;
    }

    /// <summary>The opponent move predicted on the last call.</summary>
    public int LastPrediction { get; private set; } = -1;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        ReadOnlySpan<int> opponent = history.Opponent;
        int t = opponent.Length;
        if (t > 0)
        {
            // Learn from the move just seen: it followed each context of length j before it.
            for (int j = 0; j <= _order && j <= t - 1; j++)
            {
                _counts[j][(Context(opponent.Slice(t - 1 - j, j)) * _n) + opponent[t - 1]]++;
            }
        }

        LastPrediction = Predict(opponent);
        return LastPrediction < 0 ? BestResponseToUniform() : BestResponse(LastPrediction);
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _n = Match.OpponentActions;
        _counts = new int[_order + 1][];
        for (int j = 0; j <= _order; j++)
        {
            _counts[j] = new int[(int)Math.Pow(_n, j) * _n];
        }

        LastPrediction = -1;
    }

    private int Predict(ReadOnlySpan<int> opponent)
    {
        for (int j = Math.Min(_order, opponent.Length); j >= 0; j--)
        {
            int offset = Context(opponent[^j..]) * _n;
            int best = -1;
            int bestCount = 0;
            for (int a = 0; a < _n; a++)
            {
                int count = _counts[j][offset + a];
                if (count > bestCount)
                {
                    (best, bestCount) = (a, count);
                }
            }

            if (best >= 0)
            {
                return best;
            }
        }

        return -1;
    }

    private int Context(ReadOnlySpan<int> moves)
    {
        int code = 0;
        foreach (int move in moves)
        {
            code = (code * _n) + move;
        }

        return code;
    }

    private int BestResponse(int predicted)
    {
        int best = 0;
        for (int a = 1; a < Match.OwnActions; a++)
        {
            if (Match.Payoff(a, predicted) > Match.Payoff(best, predicted))
            {
                best = a;
            }
        }

        return best;
    }

    private int BestResponseToUniform()
    {
        int best = 0;
        double bestValue = double.NegativeInfinity;
        for (int a = 0; a < Match.OwnActions; a++)
        {
            double value = 0;
            for (int b = 0; b < Match.OpponentActions; b++)
            {
                value += Match.Payoff(a, b);
            }

            if (value > bestValue)
            {
                (best, bestValue) = (a, value);
            }
        }

        return best;
    }
}
