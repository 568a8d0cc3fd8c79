using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Agents;

/// <summary>Chooses uniformly among the legal actions of each row; the baseline every experiment needs.</summary>
public sealed class RandomAgent : IAgent
{
    private AgoraRandom _rng;

    /// <summary>Creates the agent.</summary>
    /// <param name="seed">The initial seed; <see cref="Reset"/> replaces it.</param>
    public RandomAgent(ulong seed = 0) => _rng = new AgoraRandom(seed);

    /// <inheritdoc />
    public string Name => "random";

    /// <inheritdoc />
    public void Reset(ulong seed) => _rng = new AgoraRandom(seed);

    /// <inheritdoc />
    /// <remarks>A row with no legal action gets action 0.</remarks>
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        int rows = actions.Length;
        if (rows == 0)
        {
            return;
        }

        if (actionMasks.Length % rows != 0)
        {
            throw new ArgumentException($"{actionMasks.Length} mask entries do not split into {rows} rows.", nameof(actionMasks));
        }

        int width = actionMasks.Length / rows;
        for (int r = 0; r < rows; r++)
        {
            actions[r] = Math.Max(0, MaskSampling.Pick(ref _rng, actionMasks.Slice(r * width, width)));
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        // A uniform policy learns nothing.
    }
}
