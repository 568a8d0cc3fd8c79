using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>Per-generation measurements of one evolving population.</summary>
/// <param name="Game">The game's aggregate result.</param>
/// <param name="ConditionalShare">Share of agents whose giving depends on the recipient (norms, or |reciprocity| &gt; 0.1).</param>
/// <param name="MeanReciprocity">Mean reciprocity gene of the parametric agents (0 when there are none).</param>
/// <param name="MedianResources">Median of the agents' scores.</param>
public readonly record struct DonorGenerationStats(DonorGenerationResult Game, double ConditionalShare, double MeanReciprocity, double MedianResources);

/// <summary>Runs a numeric population through generations: play, measure, select, transmit.</summary>
public sealed class DonorPopulationRun
{
    private readonly DonorGame _game;
    private readonly DonorEvolution _evolution;
    private readonly double[] _sorted;

    /// <summary>Creates the run.</summary>
    /// <param name="options">The rules.</param>
    /// <param name="population">The initial genomes (one per agent); evolved in place.</param>
    /// <param name="mutation">How newcomers vary the survivor they copy.</param>
    public DonorPopulationRun(DonorGameOptions options, DonorGenome[] population, DonorMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(population);
        if (population.Length != options.Agents)
        {
            throw new ArgumentException($"population has {population.Length} genomes for {options.Agents} agents.", nameof(population));
        }

        _game = new DonorGame(options);
        _evolution = new DonorEvolution(options);
        _sorted = new double[options.Agents];
        Population = population;
        Mutation = mutation ?? throw new ArgumentNullException(nameof(mutation));
    }

    /// <summary>The genomes, evolved in place.</summary>
    public DonorGenome[] Population { get; }

    /// <summary>How newcomers vary the survivor they copy.</summary>
    public DonorMutation Mutation { get; }

    /// <summary>The survivors of the last selection, best first (their genomes and scores are unchanged until the next generation).</summary>
    public ReadOnlySpan<int> Survivors => _evolution.Survivors;

    /// <summary>The game (for its scores and traces).</summary>
    public DonorGame Game => _game;

    /// <summary>Plays generation <paramref name="generation"/> and, unless it is the last, selects and transmits.</summary>
    /// <param name="generation">1-based.</param>
    /// <param name="rng">The generator.</param>
    /// <param name="select">Whether to apply selection and transmission afterwards.</param>
    /// <returns>The generation's measurements (taken before selection).</returns>
    public DonorGenerationStats Step(int generation, ref AgoraRandom rng, bool select)
    {
        var decider = new GenomeDecider(Population);
        var result = _game.PlayGeneration(ref decider, generation, ref rng);
        int conditional = 0, parametric = 0;
        double reciprocity = 0;
        foreach (var genome in Population)
        {
            conditional += genome.IsConditional ? 1 : 0;
            if (genome.Kind == DonorStrategyKind.Parametric)
            {
                parametric++;
                reciprocity += genome.Reciprocity;
            }
        }

        _game.Scores.CopyTo(_sorted, 0);
        Array.Sort(_sorted);
        int n = _sorted.Length;
        double median = n % 2 == 1 ? _sorted[n / 2] : (_sorted[(n / 2) - 1] + _sorted[n / 2]) / 2;
        var stats = new DonorGenerationStats(result, (double)conditional / n, parametric > 0 ? reciprocity / parametric : 0, median);
        if (select)
        {
            Select(ref rng);
        }

        return stats;
    }

    /// <summary>Applies selection and cultural transmission to the population using the last generation's scores.</summary>
    /// <param name="rng">The generator.</param>
    public void Select(ref AgoraRandom rng)
    {
        _evolution.Select(Population, _game.SelectionScores, ref rng, Mutation);
        // Newcomers are new individuals: nobody has seen them act yet, and they have no reputation.
        _game.ClearTraces(_evolution.Newcomers);
    }
}
