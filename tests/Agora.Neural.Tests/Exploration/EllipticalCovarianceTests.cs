using Agora.Core.Exploration;
using Agora.Core.Randomness;
using Agora.Neural.Exploration;

namespace Agora.Neural.Tests.Exploration;

public sealed class EllipticalCovarianceTests
{
    private static float[] OneHot(int size, int index)
    {
        var v = new float[size];
        v[index] = 1;
        return v;
    }

    [Fact]
    public void With_one_hot_embeddings_the_bonus_is_one_over_ridge_plus_previous_visits()
    {
        // C = λI + Σ e_s e_sᵀ is diagonal with C_ss = λ + n_s, so the bonus of a state visited n times before is 1/(λ + n).
        var cov = new EllipticalCovariance(4, ridge: 0.1);
        int[] states = [0, 1, 0, 0, 2, 1, 0];
        double[] expected = [1 / 0.1, 1 / 0.1, 1 / 1.1, 1 / 2.1, 1 / 0.1, 1 / 1.1, 1 / 3.1];
        for (int t = 0; t < states.Length; t++)
        {
            Assert.Equal(expected[t], cov.Add(OneHot(4, states[t])), 12);
        }

        cov.Reset();
        Assert.Equal(10.0, cov.Add(OneHot(4, 0)), 12);
    }

    [Fact]
    public void One_hot_E3B_pays_exactly_when_the_episodic_count_bonus_pays_a_first_visit()
    {
        // The spec's reduction: with φ = one-hot cell, "bonus = 1/λ" is the first-visit indicator 1[N_ep(s) = 1].
        var rng = new AgoraRandom(5);
        var cov = new EllipticalCovariance(9, ridge: 0.1);
        var counts = new EpisodicCountBonus();
        for (int episode = 0; episode < 5; episode++)
        {
            cov.Reset();
            counts.BeginEpisode();
            for (int t = 0; t < 40; t++)
            {
                int s = rng.NextInt(9);
                double e3b = cov.Add(OneHot(9, s));
                double first = counts.Visit((ulong)s);
                Assert.Equal(first == 1.0, Math.Abs(e3b - 10.0) < 1e-9);
                Assert.True(e3b <= 10.0 + 1e-9);
            }
        }
    }

    [Fact]
    public void Sherman_Morrison_updates_match_the_explicit_inverse_of_ridge_plus_outer_products()
    {
        const int d = 5;
        const double ridge = 0.1;
        var rng = new AgoraRandom(17);
        var cov = new EllipticalCovariance(d, ridge);
        var c = new double[d, d];
        for (int i = 0; i < d; i++)
        {
            c[i, i] = ridge;
        }

        for (int step = 0; step < 12; step++)
        {
            var phi = new float[d];
            for (int i = 0; i < d; i++)
            {
                phi[i] = (float)rng.NextGaussian();
            }

            double[,] inverse = Invert(c);
            double expectedBonus = 0;
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    expectedBonus += phi[i] * inverse[i, j] * phi[j];
                }
            }

            Assert.Equal(expectedBonus, cov.Bonus(phi), 9);
            Assert.Equal(expectedBonus, cov.Add(phi), 9);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    c[i, j] += (double)phi[i] * phi[j];
                }
            }

            double[,] after = Invert(c);
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    Assert.Equal(after[i, j], cov.Inverse[(i * d) + j], 9);
                }
            }
        }
    }

    [Fact]
    public void Bad_sizes_and_ridges_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EllipticalCovariance(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EllipticalCovariance(3, 0));
        Assert.Throws<ArgumentException>(() => new EllipticalCovariance(3).Add(new float[2]));
    }

    /// <summary>Gauss–Jordan elimination with partial pivoting.</summary>
    private static double[,] Invert(double[,] m)
    {
        int n = m.GetLength(0);
        var a = new double[n, 2 * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = m[i, j];
            }

            a[i, n + i] = 1;
        }

        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            for (int j = 0; j < 2 * n; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }

            double p = a[col, col];
            for (int j = 0; j < 2 * n; j++)
            {
                a[col, j] /= p;
            }

            for (int r = 0; r < n; r++)
            {
                if (r == col)
                {
                    continue;
                }

                double f = a[r, col];
                for (int j = 0; j < 2 * n; j++)
                {
                    a[r, j] -= f * a[col, j];
                }
            }
        }

        var inv = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                inv[i, j] = a[i, n + j];
            }
        }

        return inv;
    }
}
