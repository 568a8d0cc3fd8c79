using System.Numerics.Tensors;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Softmax, or log-softmax, over the last axis; entries equal to −∞ (masked) get probability 0.</summary>
/// <remarks>
/// Rows are shifted by their maximum first. Backward: softmax ∂x = p ⊙ (∂y − Σ p ∂y); log-softmax ∂x = ∂y − p Σ ∂y.
/// </remarks>
public sealed class SoftmaxOp : Op
{
    private Tensor _x = null!;

    /// <summary>Creates the op.</summary>
    /// <param name="log">Compute log-softmax instead of softmax.</param>
    public SoftmaxOp(bool log = false)
    {
        Log = log;
    }

    /// <summary>Whether the op computes log-softmax.</summary>
    public bool Log { get; }

    /// <summary>Normalises each row.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., n].</param>
    /// <returns>The output, shaped like x.</returns>
    public Tensor Forward(Tape? tape, Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        _x = x;
        Tensor y = Begin(tape, x.Shape, x.RequiresGrad);
        int n = x.Shape.Last;
        for (int r = 0; r < x.Shape.Rows; r++)
        {
            RowForward(x.Data.AsSpan(r * n, n), y.Data.AsSpan(r * n, n), Log);
        }

        return y;
    }

    /// <summary>Softmax (or log-softmax) of one row.</summary>
    /// <param name="x">The logits.</param>
    /// <param name="y">The destination (may alias x).</param>
    /// <param name="log">Write log-probabilities.</param>
    public static void RowForward(ReadOnlySpan<float> x, Span<float> y, bool log)
    {
        float max = TensorPrimitives.Max(x);
        TensorPrimitives.Subtract(x, max, y);
        TensorPrimitives.Exp(y, y);
        float sum = TensorPrimitives.Sum(y);
        if (log)
        {
            float logSum = MathF.Log(sum) + max;
            TensorPrimitives.Subtract(x, logSum, y);
        }
        else
        {
            TensorPrimitives.Divide(y, sum, y);
        }
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_x.Grad is null)
        {
            return;
        }

        int n = _x.Shape.Last;
        for (int r = 0; r < _x.Shape.Rows; r++)
        {
            ReadOnlySpan<float> y = Output.Data.AsSpan(r * n, n);
            ReadOnlySpan<float> dy = Output.Grad.AsSpan(r * n, n);
            Span<float> dx = _x.Grad.AsSpan(r * n, n);
            if (Log)
            {
                float s = TensorPrimitives.Sum(dy);
                for (int i = 0; i < n; i++)
                {
                    dx[i] += dy[i] - (MathF.Exp(y[i]) * s);
                }
            }
            else
            {
                float s = TensorPrimitives.Dot(y, dy);
                for (int i = 0; i < n; i++)
                {
                    dx[i] += y[i] * (dy[i] - s);
                }
            }
        }
    }
}
