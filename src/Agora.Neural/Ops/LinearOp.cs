using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>y = x·Wᵀ + b over the last axis, with W stored as [out, in] as in PyTorch's <c>nn.Linear</c>.</summary>
/// <remarks>Backward: ∂x += ∂y·W, ∂W += ∂yᵀ·x, ∂b += Σ_rows ∂y.</remarks>
public sealed class LinearOp : Op
{
    private Tensor _x = null!;
    private Tensor _w = null!;
    private Tensor? _b;

    /// <summary>Computes the product.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., in].</param>
    /// <param name="weight">Weight [out, in].</param>
    /// <param name="bias">Bias [out], or null.</param>
    /// <returns>Output [..., out].</returns>
    public Tensor Forward(Tape? tape, Tensor x, Tensor weight, Tensor? bias)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(weight);
        int inF = weight.Shape[1];
        int outF = weight.Shape[0];
        Require("input width", inF, x.Shape.Last);
        if (bias is not null)
        {
            Require("bias length", outF, bias.Length);
        }

        _x = x;
        _w = weight;
        _b = bias;
        Tensor y = Begin(tape, ShapeWithLast(x.Shape, outF), x.RequiresGrad || weight.RequiresGrad || (bias?.RequiresGrad ?? false));
        int rows = x.Shape.Rows;
        Backend.MatMulNT(x.Data, 0, inF, weight.Data, 0, inF, y.Data, 0, outF, rows, outF, inF, accumulate: false);
        if (bias is not null)
        {
            for (int r = 0; r < rows; r++)
            {
                Span<float> row = y.Data.AsSpan(r * outF, outF);
                System.Numerics.Tensors.TensorPrimitives.Add(row, bias.Span, row);
            }
        }

        return y;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        Tensor y = Output;
        int inF = _w.Shape[1];
        int outF = _w.Shape[0];
        int rows = _x.Shape.Rows;
        if (_x.Grad is not null)
        {
            Backend.MatMulNN(y.Grad!, 0, outF, _w.Data, 0, inF, _x.Grad, 0, inF, rows, inF, outF, accumulate: true);
        }

        if (_w.Grad is not null)
        {
            Backend.MatMulTN(y.Grad!, 0, outF, _x.Data, 0, inF, _w.Grad, 0, inF, outF, inF, rows, accumulate: true);
        }

        if (_b?.Grad is not null)
        {
            Span<float> db = _b.GradSpan;
            for (int r = 0; r < rows; r++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(db, y.Grad.AsSpan(r * outF, outF), db);
            }
        }
    }

    internal static TensorShape ShapeWithLast(TensorShape s, int last) => s.Rank switch
    {
        1 => new TensorShape(last),
        2 => new TensorShape(s[0], last),
        3 => new TensorShape(s[0], s[1], last),
        _ => new TensorShape(s[0], s[1], s[2], last),
    };
}
