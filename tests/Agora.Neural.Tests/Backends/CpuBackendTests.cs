using Agora.Core.Randomness;
using Agora.Neural.Backends;

namespace Agora.Neural.Tests.Backends;

public sealed class CpuBackendTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 5, 7)]
    [InlineData(37, 70, 130)]
    [InlineData(64, 256, 64)]
    public void ProductsMatchANaiveDoubleLoop(int m, int n, int k)
    {
        var rng = new AgoraRandom(11);
        float[] a = Fill(m * k, ref rng), b = Fill(k * n, ref rng), bt = Transpose(b, k, n), at = Transpose(a, m, k);
        var expected = new double[m * n];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                for (int p = 0; p < k; p++)
                {
                    expected[(i * n) + j] += (double)a[(i * k) + p] * b[(p * n) + j];
                }
            }
        }

        foreach (var backend in new[] { new CpuBackend(1), new CpuBackend(3) })
        {
            var nn = new float[m * n];
            var nt = new float[m * n];
            var tn = Enumerable.Repeat(1f, m * n).ToArray();
            backend.MatMulNN(a, 0, k, b, 0, n, nn, 0, n, m, n, k, accumulate: false);
            backend.MatMulNT(a, 0, k, bt, 0, k, nt, 0, n, m, n, k, accumulate: false);
            backend.MatMulTN(at, 0, m, b, 0, n, tn, 0, n, m, n, k, accumulate: true);
            for (int i = 0; i < m * n; i++)
            {
                double tol = 1e-4 * Math.Sqrt(k);
                Assert.True(Math.Abs(nn[i] - expected[i]) < tol, $"NN {i}");
                Assert.True(Math.Abs(nt[i] - expected[i]) < tol, $"NT {i}");
                Assert.True(Math.Abs(tn[i] - 1 - expected[i]) < tol, $"TN {i}");
            }
        }
    }

    [Fact]
    public void ThreadCountDoesNotChangeABit()
    {
        var rng = new AgoraRandom(5);
        int m = 200, n = 96, k = 160;
        float[] a = Fill(m * k, ref rng), b = Fill(k * n, ref rng);
        var serial = new float[m * n];
        var parallel = new float[m * n];
        new CpuBackend(1).MatMulNN(a, 0, k, b, 0, n, serial, 0, n, m, n, k, false);
        new CpuBackend(4).MatMulNN(a, 0, k, b, 0, n, parallel, 0, n, m, n, k, false);
        Assert.Equal(serial, parallel);
    }

    private static float[] Fill(int n, ref AgoraRandom rng)
    {
        var x = new float[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = (float)rng.NextGaussian();
        }

        return x;
    }

    private static float[] Transpose(float[] x, int rows, int cols)
    {
        var y = new float[x.Length];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                y[(j * rows) + i] = x[(i * cols) + j];
            }
        }

        return y;
    }
}
