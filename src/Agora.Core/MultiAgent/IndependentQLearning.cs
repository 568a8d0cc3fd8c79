using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent;

/// <summary>Independent Q-learning (IQL): each agent learns its own Q over its own observation, treating the others as part of the environment.</summary>
/// <remarks>
/// Tan (1993), "Multi-agent reinforcement learning: independent vs. cooperative agents". Update for agent i:
/// <c>Q_i(o_i, a_i) += α (r + γ max_b Q_i(o'_i, b) − Q_i(o_i, a_i))</c>, r the team or own reward. Known to suffer
/// relative overgeneralisation on games such as the climbing game (Claus &amp; Boutilier 1998).
/// </remarks>
public sealed class IndependentQLearning : IMultiAgentLearner
{
    private readonly IQFunction[] _q;
    private readonly QLearningOptions _options;
    private readonly int _obsSize;
    private readonly double[] _values;
    private readonly double[] _next;

    /// <summary>Creates one Q-function per agent.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes an agent's Q-function from (observation size, actions), e.g. tabular or linear.</param>
    /// <param name="options">Step size, discount, reward sharing.</param>
    public IndependentQLearning(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        _q = Enumerable.Range(0, numAgents).Select(_ => factory(observationSize, numActions)).ToArray();
        _options = options;
        _obsSize = observationSize;
        _values = new double[numActions];
        _next = new double[numActions];
    }

    /// <summary>Agent <paramref name="agent"/>'s Q-function.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The Q-function.</returns>
    public IQFunction AgentQ(int agent) => _q[agent];

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions)
    {
        int a = _values.Length;
        for (int i = 0; i < _q.Length; i++)
        {
            _q[i].Values(observations.Slice(i * _obsSize, _obsSize), _values);
            actions[i] = QPolicy.EpsilonGreedy(_values, masks.IsEmpty ? masks : masks.Slice(i * a, a), epsilon, ref rng);
        }
    }

    /// <inheritdoc />
    public void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal)
    {
        int a = _values.Length;
        double team = Sum(rewards);
        for (int i = 0; i < _q.Length; i++)
        {
            ReadOnlySpan<float> o = observations.Slice(i * _obsSize, _obsSize);
            double target = _options.TeamReward ? team : rewards[i];
            if (!terminal)
            {
                _q[i].Values(next.Slice(i * _obsSize, _obsSize), _next);
                target += _options.Gamma * QPolicy.Max(_next, nextMasks.IsEmpty ? nextMasks : nextMasks.Slice(i * a, a));
            }

            _q[i].Values(o, _values);
            _q[i].Update(o, actions[i], target - _values[actions[i]], _options.Alpha);
        }
    }

    internal static double Sum(ReadOnlySpan<float> rewards)
    {
        double sum = 0;
        foreach (float r in rewards)
        {
            sum += r;
        }

        return sum;
    }
}
