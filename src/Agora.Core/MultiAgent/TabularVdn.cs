using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent;

/// <summary>Value decomposition (VDN) with per-agent tabular (or linear) utilities: <c>Q_tot = Σ_i Q_i(o_i, a_i)</c>.</summary>
/// <remarks>
/// Sunehag et al. (2018), "Value-decomposition networks for cooperative multi-agent learning", in tabular form. The
/// team TD error <c>δ = Σ r + γ Σ_i max_b Q_i(o'_i, b) − Σ_i Q_i(o_i, a_i)</c> updates every agent's utility:
/// <c>Q_i(o_i, a_i) += α δ</c> (the gradient of Q_tot with respect to each term is 1). Greedy action selection is
/// decentralised, since the argmax of a sum of per-agent terms is the tuple of per-agent argmaxes.
/// </remarks>
public sealed class TabularVdn : IMultiAgentLearner
{
    private readonly IQFunction[] _q;
    private readonly QLearningOptions _options;
    private readonly int _obsSize;
    private readonly double[] _values;

    /// <summary>Creates one utility per agent.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes an agent's utility from (observation size, actions).</param>
    /// <param name="options">Step size and discount (the reward is always the team sum).</param>
    public TabularVdn(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        _q = Enumerable.Range(0, numAgents).Select(_ => factory(observationSize, numActions)).ToArray();
        _options = options;
        _obsSize = observationSize;
        _values = new double[numActions];
    }

    /// <summary>Agent <paramref name="agent"/>'s utility.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The utility.</returns>
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
        double error = IndependentQLearning.Sum(rewards);
        for (int i = 0; i < _q.Length; i++)
        {
            if (!terminal)
            {
                _q[i].Values(next.Slice(i * _obsSize, _obsSize), _values);
                error += _options.Gamma * QPolicy.Max(_values, nextMasks.IsEmpty ? nextMasks : nextMasks.Slice(i * a, a));
            }

            _q[i].Values(observations.Slice(i * _obsSize, _obsSize), _values);
            error -= _values[actions[i]];
        }

        for (int i = 0; i < _q.Length; i++)
        {
            _q[i].Update(observations.Slice(i * _obsSize, _obsSize), actions[i], error, _options.Alpha);
        }
    }
}
