using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;

namespace Agora.Core.Exploration;

/// <summary>Says which state each agent is in, as a 64-bit key, for count-based bonuses.</summary>
public interface IStateKeySource
{
    /// <summary>Writes one key per agent for the environment's current state.</summary>
    /// <param name="keys">One entry per agent.</param>
    void WriteKeys(Span<ulong> keys);
}

/// <summary>Keys each agent by a hash of its observation (the paper's <c>counts-obs</c>/<c>counts-img</c> choice).</summary>
public sealed class ObservationKeys : IStateKeySource
{
    private readonly IParallelEnv _env;
    private readonly float[] _buffer;

    /// <summary>Reads observations from <paramref name="env"/>.</summary>
    /// <param name="env">The environment (typically the innermost one).</param>
    public ObservationKeys(IParallelEnv env)
    {
        ArgumentNullException.ThrowIfNull(env);
        _env = env;
        _buffer = new float[env.NumAgents * env.ObservationSize];
    }

    /// <inheritdoc />
    public void WriteKeys(Span<ulong> keys)
    {
        _env.WriteObservations(_buffer);
        int size = _env.ObservationSize;
        for (int a = 0; a < _env.NumAgents; a++)
        {
            keys[a] = ObservationHash.Of(_buffer.AsSpan(a * size, size));
        }
    }
}

/// <summary>Keys each agent of a gridworld by its (x, y) cell, the paper's <c>counts-pos</c> (NetHack's <c>blstats[:2]</c>).</summary>
/// <remarks>Position keys are shared across layouts, which is exactly why a global count decays when contexts vary.</remarks>
public sealed class GridPositionKeys : IStateKeySource
{
    private readonly GridWorldEnv _env;

    /// <summary>Reads positions from <paramref name="env"/>.</summary>
    /// <param name="env">The gridworld.</param>
    public GridPositionKeys(GridWorldEnv env)
    {
        ArgumentNullException.ThrowIfNull(env);
        _env = env;
    }

    /// <inheritdoc />
    public void WriteKeys(Span<ulong> keys)
    {
        for (int a = 0; a < _env.NumAgents; a++)
        {
            keys[a] = ((ulong)(uint)_env.AgentX(a) << 32) | (uint)_env.AgentY(a);
        }
    }
}
