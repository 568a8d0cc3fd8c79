namespace Agora.Core.Environments;

/// <summary>What <see cref="VectorEnv"/> does with a copy whose episode has just ended, following Gymnasium 1.x.</summary>
/// <remarks>
/// Gymnasium <c>gymnasium/vector/vector_env.py</c>, <c>AutoresetMode</c> (added in PR #1227). A copy's episode ends when
/// every agent is terminated or truncated.
/// </remarks>
public enum AutoresetMode
{
    /// <summary>
    /// The step that ends an episode returns its final observation, rewards and flags. The next <c>Step</c> resets that
    /// copy instead of stepping it: its actions are ignored, it returns the first observation of the new episode, zero
    /// rewards and false flags. Gymnasium's default since 1.0.
    /// </summary>
    NextStep,

    /// <summary>
    /// The step that ends an episode returns its rewards and flags but already the first observation of the next
    /// episode; the final observation is kept in <c>VectorEnv.FinalObservations</c>, flagged by
    /// <c>VectorEnv.HasFinalObservation</c>. Gymnasium's behaviour before 1.0.
    /// </summary>
    SameStep,

    /// <summary>
    /// Nothing is reset automatically: call <c>VectorEnv.ResetCopies</c> for the copies that ended before the next
    /// <c>Step</c>, which otherwise throws.
    /// </summary>
    Disabled,
}
