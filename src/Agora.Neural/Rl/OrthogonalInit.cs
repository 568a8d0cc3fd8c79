using Agora.Core.Randomness;
using Agora.Neural.Modules;

namespace Agora.Neural.Rl;

/// <summary>Orthogonal weight initialisation with zero biases, as CleanRL's <c>layer_init</c> (PyTorch's <c>orthogonal_</c>).</summary>
/// <remarks>
/// Saxe, McClelland &amp; Ganguli, "Exact solutions to the nonlinear dynamics of learning in deep linear neural
/// networks", ICLR 2014. A Gaussian matrix is orthonormalised by modified Gram–Schmidt along its shorter side, so the
/// rows (or columns) of W are orthonormal, then scaled by the gain.
/// </remarks>
public static class OrthogonalInit
{
    /// <summary>Re-initialises <paramref name="layer"/>: orthogonal weight times <paramref name="gain"/>, bias 0.</summary>
    /// <param name="layer">The layer.</param>
    /// <param name="gain">The scale (CleanRL: √2 hidden, 0.01 policy head, 1 value head).</param>
    /// <param name="rng">The generator.</param>
    public static void Apply(Linear layer, double gain, ref AgoraRandom rng)
    {
        ArgumentNullException.ThrowIfNull(layer);
        int rows = layer.Weight.Shape[0];
        int cols = layer.Weight.Shape[1];
        bool tall = rows >= cols;
        int n = tall ? rows : cols; // vector length
        int k = tall ? cols : rows; // number of vectors
        var q = new double[k, n];
        for (int v = 0; v < k; v++)
        {
            for (int i = 0; i < n; i++)
            {
                q[v, i] = rng.NextGaussian();
            }

            for (int u = 0; u < v; u++)
            {
                double dot = 0;
                for (int i = 0; i < n; i++)
                {
                    dot += q[u, i] * q[v, i];
                }

                for (int i = 0; i < n; i++)
                {
                    q[v, i] -= dot * q[u, i];
                }
            }

            double norm = 0;
            for (int i = 0; i < n; i++)
            {
                norm += q[v, i] * q[v, i];
            }

            norm = Math.Sqrt(norm);
            for (int i = 0; i < n; i++)
            {
                q[v, i] /= norm;
            }
        }

        Span<float> w = layer.Weight.Span;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                w[(r * cols) + c] = (float)(gain * (tall ? q[c, r] : q[r, c]));
            }
        }

        layer.Bias?.Span.Clear();
    }
}
