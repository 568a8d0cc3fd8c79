using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent;

/// <summary>A central joint-action learner (CL): one Q over the joint observation and the joint action, learning the team reward.</summary>
/// <remarks>
/// Claus &amp; Boutilier (1998) call this the joint-action view: <c>Q(o_1…o_n, a_1…a_n) += α (Σ r + γ max_b Q(o', b) − Q)</c>.
/// The joint action index is <c>Σ_i a_i · A^i</c>, so the table has A^n columns: exact, but exponential in n.
/// A joint action is legal iff every component is.
/// </remarks>
public sealed class CentralQLearning : IMultiAgentLearner
{
    private readonly IQFunction _q;
    private readonly QLearningOptions _options;
    private readonly int _agents;
    private readonly int _actions;
    private readonly double[] _values;
    private readonly bool[] _jointMask;

    /// <summary>Creates the learner.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes the Q-function from (joint observation size, joint actions).</param>
    /// <param name="options">Step size and discount (the reward is always the team sum).</param>
    public CentralQLearning(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        int joint = checked((int)Math.Pow(numActions, numAgents));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(joint, 1 << 20, "joint actions");
        _agents = numAgents;
        _actions = numActions;
        _q = factory(numAgents * observationSize, joint);
        _options = options;
        _values = new double[joint];
        _jointMask = new bool[joint];
    }

    /// <summary>The joint Q-function.</summary>
    public IQFunction Q => _q;

    /// <summary>The number of joint actions, A^n.</summary>
    public int JointActions => _values.Length;

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions)
    {
        _q.Values(observations, _values);
        int joint = QPolicy.EpsilonGreedy(_values, JointMask(masks), epsilon, ref rng);
        Decode(joint, actions);
    }

    /// <inheritdoc />
    public void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal)
    {
        double target = PerAgentQLearner.Sum(rewards);
        if (!terminal)
        {
            _q.Values(next, _values);
            target += _options.Gamma * QPolicy.Max(_values, JointMask(nextMasks));
        }

        int joint = Encode(actions);
        _q.Values(observations, _values);
        _q.Update(observations, joint, target - _values[joint], _options.Alpha);
    }

    /// <summary>The joint index of <paramref name="actions"/>.</summary>
    /// <param name="actions">One action per agent.</param>
    /// <returns>Σ a_i · A^i.</returns>
    public int Encode(ReadOnlySpan<int> actions)
    {
        int joint = 0;
        for (int i = _agents - 1; i >= 0; i--)
        {
            joint = (joint * _actions) + actions[i];
        }

        return joint;
    }

    /// <summary>Splits a joint index into per-agent actions.</summary>
    /// <param name="joint">The joint index.</param>
    /// <param name="actions">Receives one action per agent.</param>
    public void Decode(int joint, Span<int> actions)
    {
        for (int i = 0; i < _agents; i++)
        {
            actions[i] = joint % _actions;
            joint /= _actions;
        }
    }

    private ReadOnlySpan<bool> JointMask(ReadOnlySpan<bool> masks)
    {
        if (masks.IsEmpty)
        {
            return masks;
        }

        Span<int> parts = stackalloc int[_agents];
        for (int j = 0; j < _jointMask.Length; j++)
        {
            Decode(j, parts);
            bool legal = true;
            for (int i = 0; i < _agents && legal; i++)
            {
                legal = masks[(i * _actions) + parts[i]];
            }

            _jointMask[j] = legal;
        }

        return _jointMask;
    }
}
