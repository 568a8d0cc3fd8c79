using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Evolution;

/// <summary>Atomic mutation of evolvable strategies: the offspring is the parent with one gene changed.</summary>
/// <remarks>
/// <para>Supported: <see cref="Cycler"/>: one position of the cycle, chosen uniformly, is flipped (C ↔ D); the offspring
/// is a <c>Cycler: SEQ</c>. <see cref="LookerUp"/>: one response of the lookup pattern, chosen uniformly, is flipped;
/// the offspring is named <c>LookerUp: k, m, j, PATTERN, INITIAL</c>. Either way the mutant is a new type in the
/// population, named by its whole genome.</para>
/// <para>Axelrod's <c>EvolvablePlayer.mutate()</c> also covers finite-state machines, Gambler, ANN and HMM players, and
/// its mutation changes each gene with the player's own <c>mutation_probability</c> (and may also change a lookup
/// table's initial moves). Agora's <see cref="FsmPlayer"/> does not yet expose its transition table as data, so it
/// cannot be mutated here; Gambler, ANN and HMM players are not in the zoo.</para>
/// </remarks>
public static class AtomicMutation
{
    /// <summary>Whether <paramref name="strategy"/> can be mutated atomically.</summary>
    /// <param name="strategy">A strategy.</param>
    /// <returns>True for the supported evolvable families.</returns>
    public static bool Supports(Strategy strategy) => strategy is Cycler or LookerUp;

    /// <summary>Returns a mutated copy of <paramref name="parent"/>.</summary>
    /// <param name="parent">An evolvable strategy (see <see cref="Supports"/>).</param>
    /// <param name="random">The generator; one integer draw picks the gene.</param>
    /// <returns>The mutant, a fresh instance.</returns>
    /// <exception cref="NotSupportedException">The strategy is not evolvable here.</exception>
    public static Strategy Mutate(Strategy parent, ref AgoraRandom random)
    {
        ArgumentNullException.ThrowIfNull(parent);
        switch (parent)
        {
            case Cycler cycler:
                return new Cycler(Flip(cycler.Cycle, ref random));
            case LookerUp table:
                string pattern = Flip(table.Pattern, ref random);
                string name = $"LookerUp: {table.OwnDepth}, {table.OpponentDepth}, {table.OpeningsDepth}, {pattern}, {table.Initial}";
                return new LookerUp(name, table.OwnDepth, table.OpponentDepth, table.OpeningsDepth, pattern, table.Initial);
            default:
                throw new NotSupportedException($"'{parent.Name}' cannot be mutated atomically; only Cycler and LookerUp players can (see AtomicMutation).");
        }
    }

    private static string Flip(string genome, ref AgoraRandom random)
    {
        char[] genes = genome.ToCharArray();
        int position = random.NextInt(genes.Length);
        genes[position] = genes[position] == 'C' ? 'D' : 'C';
        return new string(genes);
    }
}
