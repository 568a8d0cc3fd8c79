namespace Agora.Core.Evolution;

/// <summary>How an offspring mutates (with probability <see cref="MoranOptions.MutationRate"/>).</summary>
public enum MutationMethod
{
    /// <summary>The offspring becomes a fresh copy of a different initial type, chosen uniformly among the initial
    /// types other than the parent's (Axelrod's <c>"transition"</c>).</summary>
    Transition,

    /// <summary>The offspring is the parent with one gene changed (Axelrod's <c>"atomic"</c>); only for evolvable
    /// strategies, see <see cref="AtomicMutation"/>.</summary>
    Atomic,
}
