namespace Agora.Core.MultiAgent;

/// <summary>Value decomposition (VDN) with per-agent tabular (or linear) utilities: <c>Q_tot = Σ_i Q_i(o_i, a_i)</c>.</summary>
/// <remarks>
/// Sunehag et al. (2018), "Value-decomposition networks for cooperative multi-agent learning", in tabular form. The
/// team TD error <c>δ = Σ r + γ Σ_i max_b Q_i(o'_i, b) − Σ_i Q_i(o_i, a_i)</c> updates every agent's utility:
/// <c>Q_i(o_i, a_i) += α δ</c> (the gradient of Q_tot with respect to each term is 1). Greedy action selection is
/// decentralised, since the argmax of a sum of per-agent terms is the tuple of per-agent argmaxes.
/// </remarks>
public sealed class TabularVdn : PerAgentQLearner
{
    /// <summary>Creates one utility per agent.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes an agent's utility from (observation size, actions).</param>
    /// <param name="options">Step size and discount (the reward is always the team sum).</param>
    public TabularVdn(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
        : base(numAgents, observationSize, numActions, factory, options)
    {
    }

    /// <inheritdoc />
    public override void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal)
    {
        double error = Sum(rewards);
        for (int i = 0; i < Q.Length; i++)
        {
            if (!terminal)
            {
                Q[i].Values(Observation(next, i), Values);
                error += Options.Gamma * QPolicy.Max(Values, Mask(nextMasks, i));
            }

            Q[i].Values(Observation(observations, i), Values);
            error -= Values[actions[i]];
        }

        for (int i = 0; i < Q.Length; i++)
        {
            Q[i].Update(Observation(observations, i), actions[i], error, Options.Alpha);
        }
    }
}
