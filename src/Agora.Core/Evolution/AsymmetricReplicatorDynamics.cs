namespace Agora.Core.Evolution;

/// <summary>Two-population (asymmetric) replicator dynamics of a bimatrix game, integrated with RK4.</summary>
/// <remarks>
/// ẋ_i = x_i((Ay)_i − xᵀAy), ẏ_j = y_j((xᵀB)_j − xᵀBy), for row players x and column players y (Hofbauer &amp; Sigmund
/// 1998, ch. 10; nashpy's <c>asymmetric_replicator_dynamics</c>). Both simplices are invariant. Facts the tests pin: in
/// matching pennies ln(x₁x₂y₁y₂) is a constant of motion (orbits circle the mixed equilibrium); in a coordination game the
/// populations settle on the pure equilibrium whose basin they start in.
/// <threadsafety>Immutable; <see cref="Integrate"/> may be called concurrently.</threadsafety>
/// </remarks>
public sealed class AsymmetricReplicatorDynamics
{
    private readonly double[,] _rowPayoffs;
    private readonly double[,] _columnPayoffs;

    /// <summary>Creates the dynamics.</summary>
    /// <param name="rowPayoffs">A: the row player's payoffs, m×n.</param>
    /// <param name="columnPayoffs">B: the column player's payoffs, m×n.</param>
    public AsymmetricReplicatorDynamics(double[,] rowPayoffs, double[,] columnPayoffs)
    {
        ArgumentNullException.ThrowIfNull(rowPayoffs);
        ArgumentNullException.ThrowIfNull(columnPayoffs);
        if (rowPayoffs.Length == 0 || rowPayoffs.GetLength(0) != columnPayoffs.GetLength(0) || rowPayoffs.GetLength(1) != columnPayoffs.GetLength(1))
        {
            throw new ArgumentException($"The two payoff matrices must be non-empty and the same shape, got {rowPayoffs.GetLength(0)}×{rowPayoffs.GetLength(1)} and {columnPayoffs.GetLength(0)}×{columnPayoffs.GetLength(1)}.", nameof(columnPayoffs));
        }

        _rowPayoffs = (double[,])rowPayoffs.Clone();
        _columnPayoffs = (double[,])columnPayoffs.Clone();
    }

    /// <summary>The row player's number of strategies, m.</summary>
    public int RowTypes => _rowPayoffs.GetLength(0);

    /// <summary>The column player's number of strategies, n.</summary>
    public int ColumnTypes => _rowPayoffs.GetLength(1);

    /// <summary>Writes (ẋ, ẏ) at the state (x, y), both concatenated: the first m entries belong to x.</summary>
    /// <param name="state">x then y.</param>
    /// <param name="derivative">ẋ then ẏ (same length).</param>
    public void Derivative(ReadOnlySpan<double> state, Span<double> derivative)
    {
        int m = RowTypes, n = ColumnTypes;
        if (state.Length != m + n || derivative.Length != m + n)
        {
            throw new ArgumentException($"Expected {m} + {n} shares.", nameof(state));
        }

        ReadOnlySpan<double> x = state[..m], y = state[m..];
        double rowMean = 0;
        for (int i = 0; i < m; i++)
        {
            double fitness = 0;
            for (int j = 0; j < n; j++)
            {
                fitness += _rowPayoffs[i, j] * y[j];
            }

            derivative[i] = fitness;
            rowMean += x[i] * fitness;
        }

        double columnMean = 0;
        for (int j = 0; j < n; j++)
        {
            double fitness = 0;
            for (int i = 0; i < m; i++)
            {
                fitness += x[i] * _columnPayoffs[i, j];
            }

            derivative[m + j] = fitness;
            columnMean += y[j] * fitness;
        }

        for (int i = 0; i < m; i++)
        {
            derivative[i] = x[i] * (derivative[i] - rowMean);
        }

        for (int j = 0; j < n; j++)
        {
            derivative[m + j] = y[j] * (derivative[m + j] - columnMean);
        }
    }

    /// <summary>Integrates from (<paramref name="rowInitial"/>, <paramref name="columnInitial"/>) for <paramref name="steps"/> RK4 steps.</summary>
    /// <param name="rowInitial">The row population's initial shares (normalised here).</param>
    /// <param name="columnInitial">The column population's initial shares (normalised here).</param>
    /// <param name="dt">The step, positive.</param>
    /// <param name="steps">The number of steps, at least 0.</param>
    /// <param name="every">Keep one state every this many steps (at least 1); the initial and final states are always kept.</param>
    /// <returns>The kept states, oldest first, as (row shares, column shares).</returns>
    public IReadOnlyList<(double[] Row, double[] Column)> Integrate(IReadOnlyList<double> rowInitial, IReadOnlyList<double> columnInitial, double dt, int steps, int every = 1)
    {
        SimplexRk4.CheckSteps(dt, steps, every);
        int m = RowTypes;
        double[] state = [.. SimplexRk4.Normalised(rowInitial, m, nameof(rowInitial)), .. SimplexRk4.Normalised(columnInitial, ColumnTypes, nameof(columnInitial))];
        return [.. SimplexRk4.Integrate(Derivative, state, [m, ColumnTypes], dt, steps, every).Select(z => (z[..m], z[m..]))];
    }
}
