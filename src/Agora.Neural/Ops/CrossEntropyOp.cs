using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Mean token cross-entropy −(1/N) Σ_n log softmax(logits[n])[target[n]], as PyTorch's <c>F.cross_entropy</c>.</summary>
/// <remarks>The log-sum-exp is shifted by the row maximum and accumulated in double. Backward: ∂logits[n] = (p[n] − onehot(target[n]))·∂loss / N.</remarks>
public sealed class CrossEntropyOp : Op
{
    private Tensor _logits = null!;
    private int[] _targets = [];
    private float[] _probs = [];

    /// <summary>Computes the loss.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="logits">Logits [..., V].</param>
    /// <param name="targets">Target ids, one per row of logits (extra entries are ignored); read again during backward.</param>
    /// <returns>A one-element tensor.</returns>
    public Tensor Forward(Tape? tape, Tensor logits, int[] targets)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(targets);
        int v = logits.Shape.Last;
        int rows = logits.Shape.Rows;
        if (targets.Length < rows)
        {
            throw new ArgumentException($"{nameof(CrossEntropyOp)}: {rows} targets needed; got {targets.Length}.", nameof(targets));
        }

        _logits = logits;
        _targets = targets;
        if (_probs.Length < logits.Length)
        {
            _probs = new float[logits.Length];
        }

        Tensor loss = Begin(tape, new TensorShape(1), logits.RequiresGrad);
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            int target = targets[r];
            if ((uint)target >= (uint)v)
            {
                throw new ArgumentOutOfRangeException(nameof(targets), $"Target {target} at {r} is outside {v} classes.");
            }

            Span<float> p = _probs.AsSpan(r * v, v);
            SoftmaxOp.RowForward(logits.Data.AsSpan(r * v, v), p, log: true);
            total -= p[target];
            System.Numerics.Tensors.TensorPrimitives.Exp(p, p);
        }

        loss.Span[0] = (float)(total / rows);
        return loss;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_logits.Grad is null)
        {
            return;
        }

        int v = _logits.Shape.Last;
        int rows = _logits.Shape.Rows;
        float scale = Output.GradSpan[0] / rows;
        for (int r = 0; r < rows; r++)
        {
            Span<float> dx = _logits.Grad.AsSpan(r * v, v);
            ReadOnlySpan<float> p = _probs.AsSpan(r * v, v);
            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(p, scale, dx, dx);
            dx[_targets[r]] -= scale;
        }
    }
}
