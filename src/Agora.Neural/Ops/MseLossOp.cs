using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Mean squared error (1/N) Σ (prediction − target)², as PyTorch's <c>F.mse_loss</c>.</summary>
/// <remarks>Backward: ∂prediction = 2 (prediction − target) ∂loss / N.</remarks>
public sealed class MseLossOp : Op
{
    private Tensor _prediction = null!;
    private Tensor _target = null!;

    /// <summary>Computes the loss.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="prediction">The prediction.</param>
    /// <param name="target">The target, shaped like the prediction.</param>
    /// <returns>A one-element tensor.</returns>
    public Tensor Forward(Tape? tape, Tensor prediction, Tensor target)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(target);
        Require("target length", prediction.Length, target.Length);
        _prediction = prediction;
        _target = target;
        Tensor loss = Begin(tape, new TensorShape(1), prediction.RequiresGrad);
        double sum = 0;
        ReadOnlySpan<float> p = prediction.Span;
        ReadOnlySpan<float> t = target.Span;
        for (int i = 0; i < p.Length; i++)
        {
            double e = p[i] - t[i];
            sum += e * e;
        }

        loss.Span[0] = (float)(sum / p.Length);
        return loss;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_prediction.Grad is null)
        {
            return;
        }

        Span<float> dp = _prediction.GradSpan;
        ReadOnlySpan<float> p = _prediction.Span;
        ReadOnlySpan<float> t = _target.Span;
        float scale = 2f * Output.GradSpan[0] / p.Length;
        for (int i = 0; i < p.Length; i++)
        {
            dp[i] += scale * (p[i] - t[i]);
        }
    }
}
