using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Causal masking of square score matrices [..., T, T]: entries with key j &gt; query i become −∞.</summary>
/// <remarks>Backward passes the gradient through the visible entries (j ≤ i) and drops it elsewhere.</remarks>
public sealed class CausalMaskOp : Op
{
    private Tensor _x = null!;

    /// <summary>Masks the scores.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="scores">Scores whose last two axes are equal (T × T).</param>
    /// <returns>The masked scores.</returns>
    public Tensor Forward(Tape? tape, Tensor scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int t = scores.Shape.Last;
        Require("second-to-last axis", t, scores.Shape.Rank >= 2 ? scores.Shape[-2] : -1);
        _x = scores;
        Tensor y = Begin(tape, scores.Shape, scores.RequiresGrad);
        scores.Span.CopyTo(y.Span);
        for (int r = 0; r < scores.Shape.Rows; r++)
        {
            int i = r % t;
            y.Data.AsSpan((r * t) + i + 1, t - i - 1).Fill(float.NegativeInfinity);
        }

        return y;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_x.Grad is null)
        {
            return;
        }

        int t = _x.Shape.Last;
        for (int r = 0; r < _x.Shape.Rows; r++)
        {
            int i = r % t;
            Span<float> dx = _x.Grad.AsSpan(r * t, i + 1);
            System.Numerics.Tensors.TensorPrimitives.Add(dx, Output.Grad.AsSpan(r * t, i + 1), dx);
        }
    }
}
