using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>Selection and cultural transmission for a population of numeric agents.</summary>
/// <remarks>
/// Truncation selection as in the notebook (<c>selectionMethod = 'top'</c>, or its <c>'random'</c> and
/// <c>'reputation'</c> alternatives): the top share survive, keep their strategy and are reset to the endowment; every
/// newcomer copies a uniformly chosen survivor's genome with Gaussian mutation. Ties in score are broken by agent index,
/// so the outcome never depends on sort stability.
/// </remarks>
public sealed class DonorEvolution
{
    private readonly int[] _order;
    private readonly DonorGenome[] _next;
    private readonly int[] _newcomers;

    /// <summary>Creates the selection step for <paramref name="options"/>.</summary>
    /// <param name="options">The rules (population size, survivor share).</param>
    public DonorEvolution(DonorGameOptions options)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _order = new int[options.Agents];
        _next = new DonorGenome[options.Agents];
        _newcomers = new int[options.Agents - options.Survivors];
    }

    /// <summary>The rules.</summary>
    public DonorGameOptions Options { get; }

    /// <summary>The survivors of the last selection, best first.</summary>
    public ReadOnlySpan<int> Survivors => _order.AsSpan(0, Options.Survivors);

    /// <summary>The indices that hold newcomers after the last selection.</summary>
    public ReadOnlySpan<int> Newcomers => _newcomers;

    /// <summary>
    /// Ranks the agents for selection, best first: by <paramref name="scores"/> (ties by index), or in a uniformly random
    /// order under <see cref="DonorSelection.Random"/>.
    /// </summary>
    /// <param name="scores">The scores to rank by (ignored under random selection).</param>
    /// <param name="rng">The generator (drawn from only under random selection).</param>
    /// <returns>Every agent, best first; the first <see cref="DonorGameOptions.Survivors"/> survive.</returns>
    public ReadOnlySpan<int> Rank(ReadOnlySpan<double> scores, ref AgoraRandom rng)
    {
        for (int i = 0; i < _order.Length; i++)
        {
            _order[i] = i;
        }

        if (Options.Selection == DonorSelection.Random)
        {
            for (int i = _order.Length - 1; i > 0; i--)
            {
                int j = rng.NextInt(i + 1);
                (_order[i], _order[j]) = (_order[j], _order[i]);
            }

            return _order;
        }

        // Insertion sort: n is tiny, it does not allocate, and ties keep index order.
        for (int i = 1; i < _order.Length; i++)
        {
            int agent = _order[i];
            int j = i - 1;
            while (j >= 0 && scores[_order[j]] < scores[agent])
            {
                _order[j + 1] = _order[j];
                j--;
            }

            _order[j + 1] = agent;
        }

        return _order;
    }

    /// <summary>Replaces the bottom of <paramref name="population"/> in place with mutated copies of survivors.</summary>
    /// <param name="population">The genomes, indexed by agent; survivors keep their index.</param>
    /// <param name="scores">This generation's selection scores (<see cref="DonorGame.SelectionScores"/>).</param>
    /// <param name="rng">The generator.</param>
    /// <param name="mutation">How newcomers vary the survivor they copy.</param>
    public void Select(DonorGenome[] population, ReadOnlySpan<double> scores, ref AgoraRandom rng, DonorMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(mutation);
        Rank(scores, ref rng);
        int survivors = Options.Survivors;
        population.CopyTo(_next, 0);
        for (int k = survivors; k < _order.Length; k++)
        {
            int parent = _order[rng.NextInt(survivors)];
            _next[_order[k]] = population[parent].Mutate(ref rng, mutation);
            _newcomers[k - survivors] = _order[k];
        }

        _next.CopyTo(population, 0);
    }
}
