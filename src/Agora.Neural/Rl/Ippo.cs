namespace Agora.Neural.Rl;

/// <summary>
/// Independent PPO: every agent runs PPO on its own observation, its critic included (no centralised information),
/// with one actor and one critic shared by all agents and an agent-id one-hot appended to each input.
/// </summary>
/// <remarks>
/// de Witt et al., "Is Independent Learning All You Need in the StarCraft Multi-Agent Challenge?", arXiv:2011.09533
/// (2020). The algorithm is in <see cref="MultiAgentPpo"/>; IPPO's critic input is <c>[observation, one-hot(agent)]</c>.
/// </remarks>
public sealed class Ippo : MultiAgentPpo
{
    /// <summary>Creates the learner.</summary>
    /// <param name="agents">Agents per copy.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="numActions">Discrete actions per agent.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds the network initialisation, sampling and shuffling.</param>
    public Ippo(int agents, int observationSize, int numActions, MultiAgentPpoOptions? options = null, ulong seed = 1)
        : base(agents, observationSize, 0, numActions, options, seed, centralCritic: false)
    {
    }

    /// <inheritdoc />
    public override string Name => "ippo";
}
