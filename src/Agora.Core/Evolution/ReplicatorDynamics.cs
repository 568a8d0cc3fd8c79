namespace Agora.Core.Evolution;

/// <summary>Continuous replicator dynamics on a payoff matrix, integrated with the classical Runge–Kutta method.</summary>
/// <remarks>
/// ẋ_i = x_i((Ax)_i − xᵀAx) (Taylor &amp; Jonker, "Evolutionarily stable strategies and game dynamics", Math. Biosci.
/// 40, 1978; Hofbauer &amp; Sigmund, "Evolutionary Games and Population Dynamics", 1998, ch. 7). The simplex is
/// invariant; each RK4 step (4th order, error O(dt⁴) per unit time) is followed by clamping at 0 and renormalising to
/// remove round-off. Facts the tests pin: for zero-sum rock–paper–scissors the product x₁x₂x₃ is a constant of motion
/// and orbits are closed; in the prisoner's dilemma defection takes over; in hawk–dove with value V and cost C &gt; V
/// the hawk share tends to the mixed ESS V/C.
/// <threadsafety>Immutable; <see cref="Integrate"/> may be called concurrently.</threadsafety>
/// </remarks>
public sealed class ReplicatorDynamics
{
    private readonly double[,] _payoffs;

    /// <summary>Creates the dynamics.</summary>
    /// <param name="payoffs">Square matrix A: payoff of row type against column type.</param>
    public ReplicatorDynamics(double[,] payoffs)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        if (payoffs.GetLength(0) == 0 || payoffs.GetLength(0) != payoffs.GetLength(1))
        {
            throw new ArgumentException($"The payoff matrix must be square and non-empty, got {payoffs.GetLength(0)}×{payoffs.GetLength(1)}.", nameof(payoffs));
        }

        _payoffs = (double[,])payoffs.Clone();
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

        for (int i = 0; i < n; i++)
        {
            dx[i] = x[i] * (dx[i] - mean);
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
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        if (!(dt > 0) || double.IsInfinity(dt))
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be positive and finite.");
        }

        int n = Types;
        if (initial.Count != n || initial.Any(v => !(v >= 0)) || !(initial.Sum() > 0))
        {
            throw new ArgumentException($"The initial state needs {n} non-negative shares with a positive sum.", nameof(initial));
        }

        double total = initial.Sum();
        double[] x = [.. initial.Select(v => v / total)];
        var trajectory = new List<double[]>();
        trajectory.Add([.. x]);
        var k1 = new double[n];
        var k2 = new double[n];
        var k3 = new double[n];
        var k4 = new double[n];
        var probe = new double[n];
        for (int s = 1; s <= steps; s++)
        {
            Derivative(x, k1);
            Offset(x, k1, dt / 2, probe);
            Derivative(probe, k2);
            Offset(x, k2, dt / 2, probe);
            Derivative(probe, k3);
            Offset(x, k3, dt, probe);
            Derivative(probe, k4);
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                x[i] = Math.Max(0, x[i] + (dt / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i])));
                sum += x[i];
            }

            for (int i = 0; i < n; i++)
            {
                x[i] /= sum;
            }

            if (s % every == 0 || s == steps)
            {
                trajectory.Add([.. x]);
            }
        }

        return trajectory;
    }

    private static void Offset(double[] x, double[] slope, double h, double[] result)
    {
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = x[i] + (h * slope[i]);
        }
    }
}
