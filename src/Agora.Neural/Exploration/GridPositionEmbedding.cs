using Agora.Core.Environments.GridWorld;

namespace Agora.Neural.Exploration;

/// <summary>The fixed embedding φ = one-hot of the agent's (x, y) cell, read from the gridworld rather than the observation.</summary>
/// <remarks>
/// The spec's sanity case for E3B: with this φ the elliptical bonus is the episodic count bonus 1/(λ + n − 1) on cells
/// (see <see cref="EllipticalCovariance"/>), so E3B with it isolates the effect of the learned embedding. It reads the
/// environment's current position, which is s' when <see cref="E3BBonus"/> embeds the next observation inside
/// <see cref="TransitionBonusWrapper"/> and s₀ at the episode's start; used elsewhere the observation argument is
/// ignored. Single-agent (agent 0).
/// </remarks>
public sealed class GridPositionEmbedding : IEmbedding
{
    private readonly GridWorldEnv _env;

    /// <summary>Reads positions from <paramref name="env"/>.</summary>
    /// <param name="env">The gridworld.</param>
    public GridPositionEmbedding(GridWorldEnv env)
    {
        ArgumentNullException.ThrowIfNull(env);
        _env = env;
        Dimension = env.Grid.Width * env.Grid.Height;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public void Embed(ReadOnlySpan<float> observation, Span<float> destination)
    {
        destination[..Dimension].Clear();
        destination[(_env.AgentY(0) * _env.Grid.Width) + _env.AgentX(0)] = 1;
    }

    /// <inheritdoc />
    public void Record(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        // Fixed: nothing to learn.
    }
}
