namespace Agora.Core.Equilibria;

/// <summary>One Nash equilibrium of a bimatrix game: a mixed strategy per player and the payoffs it gives, all exact.</summary>
/// <param name="RowStrategy">Player 0's probabilities, one per row action, summing to 1.</param>
/// <param name="ColumnStrategy">Player 1's probabilities, one per column action, summing to 1.</param>
/// <param name="RowPayoff">Player 0's expected payoff xᵀAy.</param>
/// <param name="ColumnPayoff">Player 1's expected payoff xᵀBy.</param>
/// <remarks>Two equilibria are equal when their strategies are equal entry by entry (the payoffs then agree too).</remarks>
public sealed record NashEquilibrium(IReadOnlyList<Rational> RowStrategy, IReadOnlyList<Rational> ColumnStrategy, Rational RowPayoff, Rational ColumnPayoff)
{
    /// <summary>The row actions played with positive probability, ascending.</summary>
    public IReadOnlyList<int> RowSupport => Support(RowStrategy);

    /// <summary>The column actions played with positive probability, ascending.</summary>
    public IReadOnlyList<int> ColumnSupport => Support(ColumnStrategy);

    /// <summary>Whether both players play a single action.</summary>
    public bool IsPure => RowSupport.Count == 1 && ColumnSupport.Count == 1;

    /// <summary>Player 0's probabilities as doubles.</summary>
    /// <returns>A new array.</returns>
    public double[] RowProbabilities() => [.. RowStrategy.Select(p => p.ToDouble())];

    /// <summary>Player 1's probabilities as doubles.</summary>
    /// <returns>A new array.</returns>
    public double[] ColumnProbabilities() => [.. ColumnStrategy.Select(p => p.ToDouble())];

    /// <inheritdoc />
    public bool Equals(NashEquilibrium? other) =>
        other is not null && RowStrategy.SequenceEqual(other.RowStrategy) && ColumnStrategy.SequenceEqual(other.ColumnStrategy);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (Rational p in RowStrategy)
        {
            hash.Add(p);
        }

        foreach (Rational p in ColumnStrategy)
        {
            hash.Add(p);
        }

        return hash.ToHashCode();
    }

    private static int[] Support(IReadOnlyList<Rational> strategy) => [.. Enumerable.Range(0, strategy.Count).Where(i => strategy[i].Sign > 0)];
}
