using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>C = A·B for matrices A [m, k] and B [k, n].</summary>
/// <remarks>Backward: ∂A += ∂C·Bᵀ, ∂B += Aᵀ·∂C.</remarks>
public sealed class MatMulOp : Op
{
    private Tensor _a = null!;
    private Tensor _b = null!;

    /// <summary>Computes the product.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="a">Left matrix [m, k].</param>
    /// <param name="b">Right matrix [k, n].</param>
    /// <returns>C [m, n].</returns>
    public Tensor Forward(Tape? tape, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        Require("rank of A", 2, a.Shape.Rank);
        Require("rank of B", 2, b.Shape.Rank);
        Require("rows of B", a.Shape[1], b.Shape[0]);
        _a = a;
        _b = b;
        int m = a.Shape[0], k = a.Shape[1], n = b.Shape[1];
        Tensor c = Begin(tape, new TensorShape(m, n), a.RequiresGrad || b.RequiresGrad);
        Backend.MatMulNN(a.Data, 0, k, b.Data, 0, n, c.Data, 0, n, m, n, k, accumulate: false);
        return c;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        int m = _a.Shape[0], k = _a.Shape[1], n = _b.Shape[1];
        float[] dc = Output.Grad!;
        if (_a.Grad is not null)
        {
            Backend.MatMulNT(dc, 0, n, _b.Data, 0, n, _a.Grad, 0, k, m, k, n, accumulate: true);
        }

        if (_b.Grad is not null)
        {
            Backend.MatMulTN(_a.Data, 0, k, dc, 0, n, _b.Grad, 0, n, k, n, m, accumulate: true);
        }
    }
}
