namespace Agora.Core.Evolution;

/// <summary>How often one type fixed, over many runs.</summary>
/// <param name="Type">The type's full name.</param>
/// <param name="Count">Runs in which it fixed.</param>
/// <param name="Probability">Count / runs.</param>
/// <param name="Lower">The lower Clopper–Pearson limit.</param>
/// <param name="Upper">The upper Clopper–Pearson limit.</param>
public sealed record FixationCount(string Type, int Count, double Probability, double Lower, double Upper);

/// <summary>Fixation counts and probabilities with exact binomial confidence intervals.</summary>
/// <param name="Runs">Runs played.</param>
/// <param name="Confidence">The confidence level of the intervals, e.g. 0.95.</param>
/// <param name="Types">One row per initial type, in name order (a type that never fixed has count 0).</param>
/// <param name="Unfixed">Runs that reached <see cref="MoranOptions.MaxGenerations"/> without fixation.</param>
/// <param name="Winners">Each run's winner (null when unfixed), by run index.</param>
/// <param name="Generations">Each run's generation count, by run index.</param>
public sealed record FixationEstimate(
    int Runs,
    double Confidence,
    IReadOnlyList<FixationCount> Types,
    int Unfixed,
    IReadOnlyList<string?> Winners,
    IReadOnlyList<int> Generations)
{
    /// <summary>The row of <paramref name="type"/>.</summary>
    /// <param name="type">A type name.</param>
    /// <returns>Its counts.</returns>
    /// <exception cref="KeyNotFoundException">Not an initial type.</exception>
    public FixationCount this[string type] => Types.FirstOrDefault(t => t.Type == type) ?? throw new KeyNotFoundException($"'{type}' is not an initial type.");

    /// <summary>The mean number of generations per run.</summary>
    public double MeanGenerations => Generations.Count == 0 ? 0 : Generations.Average();
}
