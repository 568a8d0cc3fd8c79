using System.Numerics.Tensors;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Applies an <see cref="Activation"/> elementwise.</summary>
/// <remarks>
/// Derivatives: ReLU′ = [x &gt; 0]; tanh′ = 1 − tanh²; GELU (tanh form, Hendrycks and Gimpel 2016):
/// with u = c(x + a x³), t = tanh u, GELU′ = 0.5(1 + t) + 0.5 x (1 − t²) c (1 + 3a x²), c = √(2/π), a = 0.044715.
/// </remarks>
public sealed class ActivationOp : Op
{
    private const float GeluC = 0.7978845608028654f;
    private const float GeluA = 0.044715f;
    private Tensor _x = null!;

    /// <summary>Creates the op.</summary>
    /// <param name="kind">The nonlinearity.</param>
    public ActivationOp(Activation kind)
    {
        Kind = kind;
    }

    /// <summary>The nonlinearity.</summary>
    public Activation Kind { get; }

    /// <summary>Applies the nonlinearity.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">The input.</param>
    /// <returns>The output, shaped like x.</returns>
    public Tensor Forward(Tape? tape, Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        _x = x;
        Tensor y = Begin(tape, x.Shape, x.RequiresGrad);
        Apply(Kind, x.Span, y.Span);
        return y;
    }

    /// <summary>Applies <paramref name="kind"/> elementwise from <paramref name="src"/> into <paramref name="dst"/> (the same span is allowed).</summary>
    /// <param name="kind">The nonlinearity.</param>
    /// <param name="src">The input.</param>
    /// <param name="dst">The output, as long as the input.</param>
    internal static void Apply(Activation kind, ReadOnlySpan<float> src, Span<float> dst)
    {
        switch (kind)
        {
            case Activation.Relu:
                TensorPrimitives.Max(src, 0f, dst);
                break;
            case Activation.Tanh:
                TensorPrimitives.Tanh(src, dst);
                break;
            default:
                for (int i = 0; i < src.Length; i++)
                {
                    float v = src[i];
                    dst[i] = 0.5f * v * (1f + MathF.Tanh(GeluC * (v + (GeluA * v * v * v))));
                }

                break;
        }
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_x.Grad is null)
        {
            return;
        }

        Span<float> dx = _x.GradSpan;
        ReadOnlySpan<float> dy = Output.GradSpan;
        ReadOnlySpan<float> x = _x.Span;
        ReadOnlySpan<float> y = Output.Span;
        switch (Kind)
        {
            case Activation.Relu:
                for (int i = 0; i < dx.Length; i++)
                {
                    if (x[i] > 0f)
                    {
                        dx[i] += dy[i];
                    }
                }

                break;
            case Activation.Tanh:
                for (int i = 0; i < dx.Length; i++)
                {
                    dx[i] += dy[i] * (1f - (y[i] * y[i]));
                }

                break;
            default:
                for (int i = 0; i < dx.Length; i++)
                {
                    float v = x[i];
                    float t = MathF.Tanh(GeluC * (v + (GeluA * v * v * v)));
                    float d = (0.5f * (1f + t)) + (0.5f * v * (1f - (t * t)) * GeluC * (1f + (3f * GeluA * v * v)));
                    dx[i] += dy[i] * d;
                }

                break;
        }
    }
}
