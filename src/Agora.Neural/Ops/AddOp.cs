using System.Numerics.Tensors;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>
/// a + b (or a ⊙ b with <see cref="Multiply"/>), where b either has a's shape or is broadcast over a's leading axes:
/// b's elements form the trailing block of a (e.g. a [B, T, D] + b [T, D], or a [N, D] + b [D]).
/// </summary>
/// <remarks>Backward of the broadcast operand sums the output gradient over the broadcast blocks, in block order.</remarks>
public sealed class AddOp : Op
{
    private Tensor _a = null!;
    private Tensor _b = null!;

    /// <summary>Creates the op.</summary>
    /// <param name="multiply">Multiply elementwise instead of adding.</param>
    public AddOp(bool multiply = false)
    {
        Multiply = multiply;
    }

    /// <summary>Whether the op multiplies instead of adding.</summary>
    public bool Multiply { get; }

    /// <summary>Computes a + b (or a ⊙ b).</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="a">The full-shape operand.</param>
    /// <param name="b">An operand of a's shape, or a trailing block of it.</param>
    /// <returns>The result, shaped like a.</returns>
    public Tensor Forward(Tape? tape, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Length > a.Length || a.Length % b.Length != 0 || !TrailingMatch(a.Shape, b.Shape))
        {
            throw new ArgumentException($"{nameof(AddOp)}: cannot broadcast {b.Shape} over {a.Shape}.");
        }

        _a = a;
        _b = b;
        Tensor y = Begin(tape, a.Shape, a.RequiresGrad || b.RequiresGrad);
        int block = b.Length;
        for (int o = 0; o < a.Length; o += block)
        {
            Span<float> dst = y.Data.AsSpan(o, block);
            ReadOnlySpan<float> x = a.Data.AsSpan(o, block);
            if (Multiply)
            {
                TensorPrimitives.Multiply(x, b.Span, dst);
            }
            else
            {
                TensorPrimitives.Add(x, b.Span, dst);
            }
        }

        return y;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        Tensor y = Output;
        int block = _b.Length;
        for (int o = 0; o < _a.Length; o += block)
        {
            ReadOnlySpan<float> dy = y.Grad.AsSpan(o, block);
            if (_a.Grad is not null)
            {
                Span<float> da = _a.Grad.AsSpan(o, block);
                if (Multiply)
                {
                    TensorPrimitives.MultiplyAdd(dy, _b.Span, da, da);
                }
                else
                {
                    TensorPrimitives.Add(da, dy, da);
                }
            }

            if (_b.Grad is not null)
            {
                Span<float> db = _b.GradSpan;
                if (Multiply)
                {
                    TensorPrimitives.MultiplyAdd(dy, _a.Data.AsSpan(o, block), db, db);
                }
                else
                {
                    TensorPrimitives.Add(db, dy, db);
                }
            }
        }
    }

    private static bool TrailingMatch(TensorShape a, TensorShape b)
    {
        if (b.Rank > a.Rank)
        {
            return false;
        }

        for (int i = 1; i <= b.Rank; i++)
        {
            if (a[-i] != b[-i])
            {
                return false;
            }
        }

        return true;
    }
}
