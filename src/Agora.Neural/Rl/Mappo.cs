namespace Agora.Neural.Rl;

/// <summary>
/// Multi-agent PPO: decentralised actors that see only their own observation, and a centralised critic that reads the
/// environment copy's global state (<see cref="Agora.Core.Environments.VectorEnv.WriteStates"/>), with parameter sharing
/// and an agent-id one-hot on both.
/// </summary>
/// <remarks>
/// Yu et al., "The Surprising Effectiveness of PPO in Cooperative Multi-Agent Games", NeurIPS 2022. The critic input is
/// <c>[global state, one-hot(agent)]</c> (the paper's agent-specific global state reduced to the id), so each agent's
/// value still predicts its own return. The critic is used only in training; acting needs only the observation. The
/// algorithm is in <see cref="MultiAgentPpo"/>.
/// </remarks>
public sealed class Mappo : MultiAgentPpo
{
    /// <summary>Creates the learner.</summary>
    /// <param name="agents">Agents per copy.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="stateSize">Floats per copy's global state; positive.</param>
    /// <param name="numActions">Discrete actions per agent.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds the network initialisation, sampling and shuffling.</param>
    public Mappo(int agents, int observationSize, int stateSize, int numActions, MultiAgentPpoOptions? options = null, ulong seed = 1)
        : base(agents, observationSize, CheckState(stateSize), numActions, options, seed, centralCritic: true)
    {
    }

    /// <inheritdoc />
    public override string Name => "mappo";

    private static int CheckState(int stateSize) =>
        stateSize > 0 ? stateSize : throw new ArgumentOutOfRangeException(nameof(stateSize), stateSize, "MAPPO's critic needs a global state; stateSize must be positive.");
}
