using System.Numerics.Tensors;

namespace Agora.Neural.Optim;

/// <summary>Gradient clipping by global norm, as PyTorch's <c>clip_grad_norm_</c>.</summary>
public static class GradientClipping
{
    /// <summary>Scales all gradients by min(1, maxNorm / (‖g‖ + 1e-6)), where ‖g‖ is the L2 norm over every parameter.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="maxNorm">The largest allowed norm.</param>
    /// <returns>The total norm before clipping.</returns>
    public static float ClipByGlobalNorm(IReadOnlyList<Tensor> parameters, float maxNorm)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxNorm);
        double sum = 0;
        for (int i = 0; i < parameters.Count; i++)
        {
            sum += TensorPrimitives.SumOfSquares<float>(parameters[i].GradSpan);
        }

        float norm = (float)Math.Sqrt(sum);
        float coef = maxNorm / (norm + 1e-6f);
        if (coef < 1f)
        {
            for (int i = 0; i < parameters.Count; i++)
            {
                Span<float> g = parameters[i].GradSpan;
                TensorPrimitives.Multiply(g, coef, g);
            }
        }

        return norm;
    }
}
