using System.Numerics.Tensors;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Layer normalisation over the last axis: y = γ ⊙ (x − μ)/√(σ² + ε) + β (Ba, Kiros and Hinton 2016).</summary>
/// <remarks>
/// σ² is the biased variance, as in PyTorch. With x̂ the normalised row and g = γ ⊙ ∂y:
/// ∂x = (g − mean(g) − x̂·mean(g ⊙ x̂)) / √(σ² + ε); ∂γ += Σ_rows ∂y ⊙ x̂; ∂β += Σ_rows ∂y.
/// </remarks>
public sealed class LayerNormOp : Op
{
    private Tensor _x = null!;
    private Tensor _gamma = null!;
    private Tensor? _beta;
    private float[] _xhat = [];
    private float[] _invStd = [];
    private float[] _scratch = [];

    /// <summary>Creates the op.</summary>
    /// <param name="epsilon">ε; PyTorch's default 1e-5.</param>
    public LayerNormOp(float epsilon = 1e-5f)
    {
        Epsilon = epsilon;
    }

    /// <summary>The variance floor ε.</summary>
    public float Epsilon { get; }

    /// <summary>Normalises each row.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., D].</param>
    /// <param name="gamma">Scale [D].</param>
    /// <param name="beta">Shift [D], or null for none.</param>
    /// <returns>The output, shaped like x.</returns>
    public Tensor Forward(Tape? tape, Tensor x, Tensor gamma, Tensor? beta)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gamma);
        int d = x.Shape.Last;
        Require("gamma length", d, gamma.Length);
        if (beta is not null)
        {
            Require("beta length", d, beta.Length);
        }

        _x = x;
        _gamma = gamma;
        _beta = beta;
        int rows = x.Shape.Rows;
        if (_xhat.Length < x.Length)
        {
            _xhat = new float[x.Length];
        }

        if (_invStd.Length < rows)
        {
            _invStd = new float[rows];
        }

        if (_scratch.Length < d)
        {
            _scratch = new float[d];
        }

        Tensor y = Begin(tape, x.Shape, x.RequiresGrad || gamma.RequiresGrad || (beta?.RequiresGrad ?? false));
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = x.Data.AsSpan(r * d, d);
            Span<float> xh = _xhat.AsSpan(r * d, d);
            float mean = TensorPrimitives.Sum(row) / d;
            TensorPrimitives.Subtract(row, mean, xh);
            float variance = TensorPrimitives.SumOfSquares(xh) / d;
            float inv = 1f / MathF.Sqrt(variance + Epsilon);
            _invStd[r] = inv;
            TensorPrimitives.Multiply(xh, inv, xh);
            Span<float> dst = y.Data.AsSpan(r * d, d);
            TensorPrimitives.Multiply(xh, gamma.Span, dst);
            if (beta is not null)
            {
                TensorPrimitives.Add(dst, beta.Span, dst);
            }
        }

        return y;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        int d = _x.Shape.Last;
        int rows = _x.Shape.Rows;
        float[] dyAll = Output.Grad!;
        Span<float> g = _scratch.AsSpan(0, d);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> dy = dyAll.AsSpan(r * d, d);
            ReadOnlySpan<float> xh = _xhat.AsSpan(r * d, d);
            if (_gamma.Grad is not null)
            {
                Span<float> dg = _gamma.GradSpan;
                TensorPrimitives.MultiplyAdd(dy, xh, dg, dg);
            }

            if (_beta?.Grad is not null)
            {
                Span<float> db = _beta.GradSpan;
                TensorPrimitives.Add(db, dy, db);
            }

            if (_x.Grad is not null)
            {
                TensorPrimitives.Multiply(dy, _gamma.Span, g);
                float meanG = TensorPrimitives.Sum(g) / d;
                float meanGx = TensorPrimitives.Dot(g, xh) / d;
                float inv = _invStd[r];
                Span<float> dx = _x.Grad.AsSpan(r * d, d);
                for (int i = 0; i < d; i++)
                {
                    dx[i] += (g[i] - meanG - (xh[i] * meanGx)) * inv;
                }
            }
        }
    }
}
