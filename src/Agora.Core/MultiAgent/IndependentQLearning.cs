namespace Agora.Core.MultiAgent;

/// <summary>Independent Q-learning (IQL): each agent learns its own Q over its own observation, treating the others as part of the environment.</summary>
/// <remarks>
/// Tan (1993), "Multi-agent reinforcement learning: independent vs. cooperative agents". Update for agent i:
/// <c>Q_i(o_i, a_i) += α (r + γ max_b Q_i(o'_i, b) − Q_i(o_i, a_i))</c>, r the team or own reward. Known to suffer
/// relative overgeneralisation on games such as the climbing game (Claus &amp; Boutilier 1998).
/// </remarks>
public sealed class IndependentQLearning : PerAgentQLearner
{
    private readonly double[] _next;

    /// <summary>Creates one Q-function per agent.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes an agent's Q-function from (observation size, actions), e.g. tabular or linear.</param>
    /// <param name="options">Step size, discount, reward sharing.</param>
    public IndependentQLearning(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
        : base(numAgents, observationSize, numActions, factory, options)
    {
        _next = new double[numActions];
    }

    /// <inheritdoc />
    public override void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal)
    {
        double team = Sum(rewards);
        for (int i = 0; i < Q.Length; i++)
        {
            ReadOnlySpan<float> o = Observation(observations, i);
            double target = Options.TeamReward ? team : rewards[i];
            if (!terminal)
            {
                Q[i].Values(Observation(next, i), _next);
                target += Options.Gamma * QPolicy.Max(_next, Mask(nextMasks, i));
            }

            Q[i].Values(o, Values);
            Q[i].Update(o, actions[i], target - Values[actions[i]], Options.Alpha);
        }
    }
}
