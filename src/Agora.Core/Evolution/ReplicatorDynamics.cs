namespace Agora.Core.Evolution;

/// <summary>
/// Continuous replicator (or replicator–mutator) dynamics on a payoff matrix, integrated with the classical Runge–Kutta
/// method.
/// </summary>
/// <remarks>
/// ẋ_i = x_i((Ax)_i − xᵀAx) (Taylor &amp; Jonker, "Evolutionarily stable strategies and game dynamics", Math. Biosci.
/// 40, 1978; Hofbauer &amp; Sigmund, "Evolutionary Games and Population Dynamics", 1998, ch. 7). With a mutation matrix Q
/// (row i: where type i's offspring go), ẋ_j = Σ_i x_i (Ax)_i Q_ij − x_j xᵀAx (Page &amp; Nowak 2002; nashpy's
/// <c>replicator_dynamics(..., mutation_matrix=Q)</c>); Q = I is the plain dynamics. The simplex is
/// invariant; each RK4 step (4th order, error O(dt⁴) per unit time) is followed by clamping at 0 and renormalising to
/// remove round-off. Facts the tests pin: for zero-sum rock–paper–scissors the product x₁x₂x₃ is a constant of motion
/// and orbits are closed; in the prisoner's dilemma defection takes over; in hawk–dove with value V and cost C &gt; V
/// the hawk share tends to the mixed ESS V/C.
/// <threadsafety>Immutable; <see cref="Integrate"/> may be called concurrently.</threadsafety>
/// </remarks>
public sealed class ReplicatorDynamics
{
    private readonly double[,] _payoffs;
    private readonly double[,]? _mutation;

    /// <summary>Creates the dynamics.</summary>
    /// <param name="payoffs">Square matrix A: payoff of row type against column type.</param>
    /// <param name="mutation">Optional row-stochastic matrix Q of the same size (Q_ij: share of type i's offspring that are type j); null for none.</param>
    public ReplicatorDynamics(double[,] payoffs, double[,]? mutation = null)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        if (payoffs.GetLength(0) == 0 || payoffs.GetLength(0) != payoffs.GetLength(1))
        {
            throw new ArgumentException($"The payoff matrix must be square and non-empty, got {payoffs.GetLength(0)}×{payoffs.GetLength(1)}.", nameof(payoffs));
        }

        _payoffs = (double[,])payoffs.Clone();
        if (mutation is not null)
        {
            int n = payoffs.GetLength(0);
            if (mutation.GetLength(0) != n || mutation.GetLength(1) != n)
            {
                throw new ArgumentException($"The mutation matrix must be {n}×{n} like the payoffs, got {mutation.GetLength(0)}×{mutation.GetLength(1)}.", nameof(mutation));
            }

            for (int i = 0; i < n; i++)
            {
                double row = 0;
                for (int j = 0; j < n; j++)
                {
                    if (!(mutation[i, j] >= 0))
                    {
                        throw new ArgumentException($"Mutation probabilities must be non-negative; Q[{i},{j}] = {mutation[i, j]}.", nameof(mutation));
                    }

                    row += mutation[i, j];
                }

                if (Math.Abs(row - 1) > 1e-9)
                {
                    throw new ArgumentException($"Each row of the mutation matrix must sum to 1; row {i} sums to {row}.", nameof(mutation));
                }
            }

            _mutation = (double[,])mutation.Clone();
        }
    }

    /// <summary>The number of types.</summary>
    public int Types => _payoffs.GetLength(0);

    /// <summary>Writes the replicator field ẋ at <paramref name="x"/> into <paramref name="dx"/>.</summary>
    /// <param name="x">Shares.</param>
    /// <param name="dx">The derivative (same length).</param>
    public void Derivative(ReadOnlySpan<double> x, Span<double> dx)
    {
        int n = Types;
        if (x.Length != n || dx.Length != n)
        {
            throw new ArgumentException($"Expected {n} shares.", nameof(x));
        }

        double mean = 0;
        for (int i = 0; i < n; i++)
        {
            double fitness = 0;
            for (int j = 0; j < n; j++)
            {
                fitness += _payoffs[i, j] * x[j];
            }

            dx[i] = fitness;
            mean += x[i] * fitness;
        }

        if (_mutation is null)
        {
            for (int i = 0; i < n; i++)
            {
                dx[i] = x[i] * (dx[i] - mean);
            }

            return;
        }

        // dx holds the fitnesses; the offspring x_i f_i are redistributed by Q.
        Span<double> offspring = n <= 64 ? stackalloc double[n] : new double[n];
        for (int i = 0; i < n; i++)
        {
            offspring[i] = x[i] * dx[i];
        }

        for (int j = 0; j < n; j++)
        {
            double inflow = 0;
            for (int i = 0; i < n; i++)
            {
                inflow += offspring[i] * _mutation[i, j];
            }

            dx[j] = inflow - (x[j] * mean);
        }
    }

    /// <summary>Integrates from <paramref name="initial"/> for <paramref name="steps"/> RK4 steps of size <paramref name="dt"/>.</summary>
    /// <param name="initial">Initial shares: non-negative, positive sum (normalised here).</param>
    /// <param name="dt">The step, positive.</param>
    /// <param name="steps">The number of steps, at least 0.</param>
    /// <param name="every">Keep one state every this many steps (at least 1); the initial and final states are always kept.</param>
    /// <returns>The kept states, oldest first.</returns>
    public IReadOnlyList<double[]> Integrate(IReadOnlyList<double> initial, double dt, int steps, int every = 1)
    {
        SimplexRk4.CheckSteps(dt, steps, every);
        double[] x = SimplexRk4.Normalised(initial, Types, nameof(initial));
        return SimplexRk4.Integrate(Derivative, x, [Types], dt, steps, every);
    }
}
