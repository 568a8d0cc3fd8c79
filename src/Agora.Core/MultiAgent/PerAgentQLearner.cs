using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent;

/// <summary>
/// The shared shape of learners that keep one Q-function (or utility) per agent over that agent's own observation and
/// act ε-greedily on it, decentralised: IQL and VDN differ only in how they learn.
/// </summary>
public abstract class PerAgentQLearner : IMultiAgentLearner
{
    /// <summary>Creates one Q-function per agent.</summary>
    /// <param name="numAgents">Agents.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Actions per agent.</param>
    /// <param name="factory">Makes an agent's Q-function from (observation size, actions), e.g. tabular or linear.</param>
    /// <param name="options">Step size, discount, reward sharing.</param>
    protected PerAgentQLearner(int numAgents, int observationSize, int numActions, Func<int, int, IQFunction> factory, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        Q = Enumerable.Range(0, numAgents).Select(_ => factory(observationSize, numActions)).ToArray();
        Options = options;
        ObservationSize = observationSize;
        Values = new double[numActions];
    }

    /// <summary>The per-agent Q-functions.</summary>
    protected IQFunction[] Q { get; }

    /// <summary>Step size, discount and reward sharing.</summary>
    protected QLearningOptions Options { get; }

    /// <summary>Floats per agent observation.</summary>
    protected int ObservationSize { get; }

    /// <summary>A scratch buffer of one value per action.</summary>
    protected double[] Values { get; }

    /// <summary>Agent <paramref name="agent"/>'s Q-function.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The Q-function.</returns>
    public IQFunction AgentQ(int agent) => Q[agent];

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions)
    {
        int a = Values.Length;
        for (int i = 0; i < Q.Length; i++)
        {
            Q[i].Values(Observation(observations, i), Values);
            actions[i] = QPolicy.EpsilonGreedy(Values, Mask(masks, i), epsilon, ref rng);
        }
    }

    /// <inheritdoc />
    public abstract void Learn(ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal);

    /// <summary>Agent <paramref name="agent"/>'s slice of agent-major observations.</summary>
    /// <param name="observations">All agents' observations.</param>
    /// <param name="agent">The agent.</param>
    /// <returns>The slice.</returns>
    protected ReadOnlySpan<float> Observation(ReadOnlySpan<float> observations, int agent) => observations.Slice(agent * ObservationSize, ObservationSize);

    /// <summary>Agent <paramref name="agent"/>'s slice of agent-major action masks (empty when there are none).</summary>
    /// <param name="masks">All agents' masks, or empty.</param>
    /// <param name="agent">The agent.</param>
    /// <returns>The slice, or empty.</returns>
    protected ReadOnlySpan<bool> Mask(ReadOnlySpan<bool> masks, int agent) => masks.IsEmpty ? masks : masks.Slice(agent * Values.Length, Values.Length);

    /// <summary>The team reward: the sum of the agents' rewards.</summary>
    /// <param name="rewards">Per-agent rewards.</param>
    /// <returns>Their sum.</returns>
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
