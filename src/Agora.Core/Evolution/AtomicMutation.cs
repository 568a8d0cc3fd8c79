using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Evolution;

/// <summary>Atomic mutation of evolvable strategies: the offspring is the parent with one gene changed.</summary>
/// <remarks>
/// <para>Supported: <see cref="Cycler"/>. One position of the cycle, chosen uniformly, is flipped (C ↔ D); the
/// offspring is a <c>Cycler: SEQ</c> with the new sequence, so it is a new type in the population.</para>
/// <para>Axelrod's <c>EvolvablePlayer.mutate()</c> also covers finite-state machines, lookup tables (LookerUp),
/// Gambler, ANN and HMM players, and its mutation draws several genes with the player's own
/// <c>mutation_probability</c>. Agora's <see cref="FsmPlayer"/> and <see cref="LookerUp"/> do not yet expose their
/// genome (transition table, lookup pattern) as data, so they cannot be mutated here; Gambler, ANN and HMM players are
/// not in the zoo.</para>
/// </remarks>
public static class AtomicMutation
{
    /// <summary>Whether <paramref name="strategy"/> can be mutated atomically.</summary>
    /// <param name="strategy">A strategy.</param>
    /// <returns>True for the supported evolvable families.</returns>
    public static bool Supports(Strategy strategy) => strategy is Cycler;

    /// <summary>Returns a mutated copy of <paramref name="parent"/>.</summary>
    /// <param name="parent">An evolvable strategy (see <see cref="Supports"/>).</param>
    /// <param name="random">The generator; one integer draw picks the gene.</param>
    /// <returns>The mutant, a fresh instance.</returns>
    /// <exception cref="NotSupportedException">The strategy is not evolvable here.</exception>
    public static Strategy Mutate(Strategy parent, ref AgoraRandom random)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent is not Cycler cycler)
        {
            throw new NotSupportedException($"'{parent.Name}' cannot be mutated atomically; only Cycler players can (see AtomicMutation).");
        }

        char[] genes = cycler.Cycle.ToCharArray();
        int position = random.NextInt(genes.Length);
        genes[position] = genes[position] == 'C' ? 'D' : 'C';
        return new Cycler(new string(genes));
    }
}
