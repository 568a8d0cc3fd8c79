using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Environments;

/// <summary>
/// Resolves chance nodes by sampling, so that reinforcement-learning loops only ever see player or terminal nodes.
/// </summary>
/// <remarks>
/// Works for both <see cref="ChanceMode.ExplicitStochastic"/> games (sampling from the listed outcomes) and
/// <see cref="ChanceMode.SampledStochastic"/> ones (the state draws its own outcome). Either way the outcome is applied
/// as a chance action, so it is part of the history and serialisation replays it. Solvers that need the chance tree
/// (CFR, exact best response) should not use this and read <see cref="GameState.ChanceOutcomes(Span{ChanceOutcome})"/>.
/// <threadsafety>Not thread-safe: it owns a generator.</threadsafety>
/// </remarks>
public sealed class AutoChance
{
    private AgoraRandom _rng;

    /// <summary>Creates the resolver with its own generator.</summary>
    /// <param name="rng">The generator; this instance keeps its own copy of the stream.</param>
    public AutoChance(AgoraRandom rng) => _rng = rng;

    /// <summary>Replaces the generator, e.g. when an environment is reset with a new seed.</summary>
    /// <param name="rng">The new generator.</param>
    public void Reseed(AgoraRandom rng) => _rng = rng;

    /// <summary>Applies sampled chance actions until <paramref name="state"/> is not a chance node.</summary>
    /// <param name="state">The state to advance in place.</param>
    /// <returns>The number of chance actions applied.</returns>
    public int Resolve(GameState state) => Resolve(state, ref _rng);

    /// <summary>Applies sampled chance actions until <paramref name="state"/> is not a chance node.</summary>
    /// <param name="state">The state to advance in place.</param>
    /// <param name="rng">The generator to draw from; it advances.</param>
    /// <returns>The number of chance actions applied.</returns>
    public static int Resolve(GameState state, ref AgoraRandom rng)
    {
        ArgumentNullException.ThrowIfNull(state);
        int applied = 0;
        while (state.IsChanceNode)
        {
            state.SampleChance(ref rng);
            applied++;
        }

        return applied;
    }
}
