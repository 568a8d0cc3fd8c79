using System.Numerics;
using Agora.Core.Equilibria;
using CsCheck;

namespace Agora.Core.Tests.Equilibria;

public sealed class ExactLinearSystemTests
{
    [Fact]
    public void Solves_a_square_system_with_a_fractional_answer()
    {
        // 2x + y = 1, x + 3y = 2 → x = 1/5, y = 3/5.
        var solution = ExactLinearSystem.SolveUnique(new BigInteger[,] { { 2, 1 }, { 1, 3 } }, [1, 2]);
        Assert.NotNull(solution);
        (BigInteger[] z, BigInteger d) = solution.Value;
        Assert.Equal([new Rational(1, 5), new Rational(3, 5)], z.Select(v => new Rational(v, d)));
    }

    [Fact]
    public void Refuses_under_determined_and_inconsistent_systems_and_accepts_consistent_extra_equations()
    {
        Assert.Null(ExactLinearSystem.SolveUnique(new BigInteger[,] { { 1, 1 }, { 2, 2 } }, [1, 2]));      // a free direction
        Assert.Null(ExactLinearSystem.SolveUnique(new BigInteger[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } }, [1, 1, 3])); // contradictory
        var consistent = ExactLinearSystem.SolveUnique(new BigInteger[,] { { 0, 1 }, { 1, 0 }, { 1, 1 } }, [1, 1, 2]);
        Assert.NotNull(consistent);
        Assert.Equal([Rational.One, Rational.One], consistent.Value.Numerators.Select(v => new Rational(v, consistent.Value.Denominator)));
    }

    [Fact]
    public void Every_solution_satisfies_its_equations_exactly()
    {
        int solved = 0;
        Gen.Int[1, 5].SelectMany(n => Gen.Select(Gen.Int[-9, 9].Array[n * n], Gen.Int[-9, 9].Array[n]).Select(p => (n, p.Item1, p.Item2))).Sample(t =>
        {
            (int n, int[] a, int[] b) = t;
            var matrix = new BigInteger[n, n];
            for (int i = 0; i < n * n; i++)
            {
                matrix[i / n, i % n] = a[i];
            }

            var solution = ExactLinearSystem.SolveUnique((BigInteger[,])matrix.Clone(), [.. b.Select(v => (BigInteger)v)]);
            if (solution is not ({ } z, BigInteger d))
            {
                return;
            }

            Interlocked.Increment(ref solved);
            Assert.False(d.IsZero);
            for (int i = 0; i < n; i++)
            {
                BigInteger lhs = BigInteger.Zero;
                for (int j = 0; j < n; j++)
                {
                    lhs += matrix[i, j] * z[j];
                }

                Assert.Equal(b[i] * d, lhs);
            }
        }, iter: 300, threads: 1);

        // Random integer matrices are almost always invertible; a solver that refused everything would fail here.
        Assert.True(solved > 200, $"only {solved} of 300 random systems were solved");
    }
}
