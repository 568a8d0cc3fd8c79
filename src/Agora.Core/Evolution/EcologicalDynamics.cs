using Agora.Core.Randomness;

namespace Agora.Core.Evolution;

/// <summary>Axelrod's ecological simulation (<c>Ecosystem.reproduce</c>): discrete replicator dynamics on a payoff
/// matrix, with optional Gaussian payoff noise drawn from a seeded generator.</summary>
/// <remarks>
/// <para>
/// Shares x (summing to 1) evolve as: payoff_i = Σ_j N(m_ij, s_ij) · x_j (j = i included), x_i ← x_i · f(payoff_i),
/// then x is renormalised; f is the fitness function (identity by default). The normal draws are taken row by row,
/// i then j, and skipped where s_ij = 0, so a matrix without deviations is deterministic. Axelrod draws them from the
/// unseeded stdlib <c>random</c> (spec §2.6 and §5.6); here the seed covers them.
/// </para>
/// <para>
/// The matrix is plain data, so it can come from a tournament (mean payoff per turn of row against column, and its
/// standard deviation over repetitions) or from theory. Axelrod, "The Evolution of Cooperation" (1984), ch. 3.
/// </para>
/// </remarks>
public sealed class EcologicalDynamics
{
    private readonly double[,] _payoffs;
    private readonly double[,]? _deviations;
    private readonly Func<double, double> _fitness;

    /// <summary>Creates the dynamics.</summary>
    /// <param name="payoffs">Square matrix: mean payoff of row type against column type.</param>
    /// <param name="deviations">Standard deviations of the same shape (non-negative), or null for none.</param>
    /// <param name="fitness">Maps a payoff to a non-negative growth factor; identity when null.</param>
    public EcologicalDynamics(double[,] payoffs, double[,]? deviations = null, Func<double, double>? fitness = null)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        int n = payoffs.GetLength(0);
        if (n == 0 || payoffs.GetLength(1) != n)
        {
            throw new ArgumentException($"The payoff matrix must be square and non-empty, got {n}×{payoffs.GetLength(1)}.", nameof(payoffs));
        }

        if (deviations is not null && (deviations.GetLength(0) != n || deviations.GetLength(1) != n || deviations.Cast<double>().Any(d => !(d >= 0))))
        {
            throw new ArgumentException("The deviations must be a non-negative matrix of the payoff matrix's shape.", nameof(deviations));
        }

        _payoffs = payoffs;
        _deviations = deviations;
        _fitness = fitness ?? (p => p);
    }

    /// <summary>The number of types.</summary>
    public int Types => _payoffs.GetLength(0);

    /// <summary>Runs the dynamics.</summary>
    /// <param name="generations">Updates to apply, at least 0.</param>
    /// <param name="seed">Seeds the payoff noise.</param>
    /// <param name="initial">Initial sizes (normalised here), or null for uniform shares.</param>
    /// <returns>The shares of generation 0, 1, …, <paramref name="generations"/>.</returns>
    /// <exception cref="InvalidOperationException">A growth factor was negative or all shares died out.</exception>
    public IReadOnlyList<double[]> Run(int generations, ulong seed, IReadOnlyList<double>? initial = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generations);
        int n = Types;
        double[] x = Initial(initial, n);
        var random = new AgoraRandom(seed);
        var history = new List<double[]>(generations + 1);
        history.Add([.. x]);
        var payoff = new double[n];
        for (int g = 0; g < generations; g++)
        {
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                for (int j = 0; j < n; j++)
                {
                    double s = _deviations?[i, j] ?? 0;
                    double p = s > 0 ? random.NextGaussian(_payoffs[i, j], s) : _payoffs[i, j];
                    sum += p * x[j];
                }

                payoff[i] = sum;
            }

            double total = 0;
            for (int i = 0; i < n; i++)
            {
                double f = _fitness(payoff[i]);
                if (!(f >= 0))
                {
                    throw new InvalidOperationException($"Generation {g + 1}: type {i} has growth factor {f}; the fitness function must be non-negative.");
                }

                x[i] *= f;
                total += x[i];
            }

            if (!(total > 0))
            {
                throw new InvalidOperationException($"Generation {g + 1}: every share is zero; use a positive fitness function.");
            }

            for (int i = 0; i < n; i++)
            {
                x[i] /= total;
            }

            history.Add([.. x]);
        }

        return history;
    }

    private static double[] Initial(IReadOnlyList<double>? initial, int n)
    {
        if (initial is null)
        {
            return [.. Enumerable.Repeat(1.0 / n, n)];
        }

        if (initial.Count != n || initial.Any(v => !(v >= 0)) || !(initial.Sum() > 0))
        {
            throw new ArgumentException($"The initial population needs {n} non-negative sizes with a positive sum.", nameof(initial));
        }

        double total = initial.Sum();
        return [.. initial.Select(v => v / total)];
    }
}
