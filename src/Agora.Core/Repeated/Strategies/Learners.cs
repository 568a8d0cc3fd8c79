using System.Runtime.CompilerServices;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Strategies;

/// <summary>Fictitious play: best responds to the opponent's empirical move frequencies (Brown 1951); before any data,
/// to a uniform opponent. Ties go to the lowest action.</summary>
public sealed class FictitiousPlay() : Strategy(StrategyInfo.Of("Fictitious Play", null, false, StrategyUses.Game, "Brown1951"))
{
    private int[] _counts = [];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn > 0)
        {
            _counts[history.OpponentLast]++;
        }

        int best = 0;
        double bestValue = double.NegativeInfinity;
        for (int a = 0; a < Match.OwnActions; a++)
        {
            double value = 0;
            for (int b = 0; b < Match.OpponentActions; b++)
            {
                value += (history.Turn == 0 ? 1 : _counts[b]) * Match.Payoff(a, b);
            }

            if (value > bestValue)
            {
                (best, bestValue) = (a, value);
            }
        }

        return best;
    }

    /// <inheritdoc />
    protected override void OnReset() => _counts = new int[Match.OpponentActions];
}

/// <summary>Regret matching (Hart and Mas-Colell 2000): plays each action with probability proportional to its positive
/// cumulative regret against the opponent's actual moves; uniformly when no regret is positive.</summary>
public sealed class RegretMatching() : Strategy(StrategyInfo.Of("Regret Matching", null, true, StrategyUses.Game, "Hart2000"))
{
    private double[] _regrets = [];
    private double[] _weights = [];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn > 0)
        {
            double received = Match.Payoff(history.OwnLast, history.OpponentLast);
            for (int a = 0; a < _regrets.Length; a++)
            {
                _regrets[a] += Match.Payoff(a, history.OpponentLast) - received;
            }
        }

        double total = 0;
        for (int a = 0; a < _regrets.Length; a++)
        {
            _weights[a] = Math.Max(0, _regrets[a]);
            total += _weights[a];
        }

        if (total <= 0)
        {
            return random.NextInt(_regrets.Length);
        }

        return random.NextCategorical(_weights);
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _regrets = new double[Match.OwnActions];
        _weights = new double[Match.OwnActions];
    }
}

/// <summary>Hedge (exponential weights; Freund and Schapire 1997): plays a with probability ∝ exp(η · cumulative payoff
/// a would have earned against the opponent's moves).</summary>
/// <param name="eta">The learning rate η; 0.1 by default.</param>
public sealed class Hedge(double eta = 0.1) : Strategy(StrategyInfo.Of($"Hedge: {Moves.PyFloat(eta)}", null, true, StrategyUses.Game, "Freund1997"))
{
    private double[] _cumulative = [];
    private double[] _weights = [];

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        if (history.Turn > 0)
        {
            for (int a = 0; a < _cumulative.Length; a++)
            {
                _cumulative[a] += Match.Payoff(a, history.OpponentLast);
            }
        }

        double max = double.NegativeInfinity;
        foreach (double value in _cumulative)
        {
            max = Math.Max(max, value);
        }

        for (int a = 0; a < _cumulative.Length; a++)
        {
            _weights[a] = Math.Exp(eta * (_cumulative[a] - max)); // shifted by the max so exp never overflows
        }

        return random.NextCategorical(_weights);
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _cumulative = new double[Match.OwnActions];
        _weights = new double[Match.OwnActions];
    }
}

/// <summary>Tabular Q-learning whose state is the last k joint moves (Watkins and Dayan 1992; Sandholm and Crites 1996
/// for the iterated PD): ε-greedy on Q, updated each turn with the stage payoff as reward.</summary>
/// <remarks>States are the joint histories of length 0 … k (shorter ones at the start of a match), coded as a leading 1
/// followed by base-(own·opponent actions) digits. Q starts at 0; greedy ties go to the lowest action.</remarks>
public sealed class TabularQLearner : Strategy
{
    private readonly int _memory;
    private readonly double _alpha;
    private readonly double _gamma;
    private readonly double _epsilon;
    private double[] _q = [];
    private int _jointActions;
    private int _previousState = -1;
    private int _previousAction;

    /// <summary>Creates the learner.</summary>
    /// <param name="memory">k, the number of past joint moves in the state; 1 by default (1 … 4).</param>
    /// <param name="alpha">Learning rate; 0.1 by default.</param>
    /// <param name="gamma">Discount; 0.9 by default.</param>
    /// <param name="epsilon">Exploration rate; 0.1 by default.</param>
    public TabularQLearner(int memory = 1, double alpha = 0.1, double gamma = 0.9, double epsilon = 0.1)
        : base(StrategyInfo.Of($"Tabular Q: {memory}, {Moves.PyFloat(alpha)}, {Moves.PyFloat(gamma)}, {Moves.PyFloat(epsilon)}", null, epsilon > 0, StrategyUses.Game, "Watkins1992", "Sandholm1996"))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memory, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(memory, 4);
        (_memory, _alpha, _gamma, _epsilon) = (memory, alpha, gamma, epsilon);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int state = State(history);
        int actions = Match.OwnActions;
        if (_previousState >= 0)
        {
            double reward = Match.Payoff(history.OwnLast, history.OpponentLast);
            double target = reward + (_gamma * Max(state, actions));
            int cell = (_previousState * actions) + _previousAction;
            _q[cell] += _alpha * (target - _q[cell]);
        }

        int action = _epsilon > 0 && random.NextDouble() < _epsilon ? random.NextInt(actions) : Greedy(state, actions);
        (_previousState, _previousAction) = (state, action);
        return action;
    }

    /// <inheritdoc />
    protected override void OnReset()
    {
        _jointActions = Match.OwnActions * Match.OpponentActions;
        _q = new double[(int)Math.Pow(_jointActions, _memory + 1) * 2 * Match.OwnActions];
        _previousState = -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // called every turn
    private int State(in PlayHistory history)
    {
        int length = Math.Min(_memory, history.Turn);
        int code = 1;
        for (int i = history.Turn - length; i < history.Turn; i++)
        {
            code = (code * _jointActions) + (history.Own[i] * Match.OpponentActions) + history.Opponent[i];
        }

        return code;
    }

    private double Max(int state, int actions)
    {
        double max = double.NegativeInfinity;
        for (int a = 0; a < actions; a++)
        {
            max = Math.Max(max, _q[(state * actions) + a]);
        }

        return max;
    }

    private int Greedy(int state, int actions)
    {
        int best = 0;
        for (int a = 1; a < actions; a++)
        {
            if (_q[(state * actions) + a] > _q[(state * actions) + best])
            {
                best = a;
            }
        }

        return best;
    }
}
