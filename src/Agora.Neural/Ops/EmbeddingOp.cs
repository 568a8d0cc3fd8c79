using System.Numerics.Tensors;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Ops;

/// <summary>Row lookup: out[n] = table[ids[n]].</summary>
/// <remarks>Backward scatters: ∂table[ids[n]] += ∂out[n], in increasing n.</remarks>
public sealed class EmbeddingOp : Op
{
    private Tensor _table = null!;
    private int[] _ids = [];
    private int _count;

    /// <summary>Looks up rows.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="table">The table [V, D].</param>
    /// <param name="ids">The ids; the first <c>outputShape.Rows</c> are used. The array is read again during backward.</param>
    /// <param name="outputShape">The output shape, whose last axis is D (e.g. [B, T, D]).</param>
    /// <returns>The embeddings.</returns>
    public Tensor Forward(Tape? tape, Tensor table, int[] ids, TensorShape outputShape)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(ids);
        int d = table.Shape[1];
        int vocab = table.Shape[0];
        Require("output width", d, outputShape.Last);
        int count = outputShape.Rows;
        if (ids.Length < count)
        {
            throw new ArgumentException($"{nameof(EmbeddingOp)}: {count} ids needed; got {ids.Length}.", nameof(ids));
        }

        _table = table;
        _ids = ids;
        _count = count;
        Tensor y = Begin(tape, outputShape, table.RequiresGrad);
        for (int n = 0; n < count; n++)
        {
            int id = ids[n];
            if ((uint)id >= (uint)vocab)
            {
                throw new ArgumentOutOfRangeException(nameof(ids), $"Token id {id} at {n} is outside the vocabulary of {vocab}.");
            }

            table.Data.AsSpan(id * d, d).CopyTo(y.Data.AsSpan(n * d, d));
        }

        return y;
    }

    /// <inheritdoc />
    public override void Backward()
    {
        if (_table.Grad is null)
        {
            return;
        }

        int d = _table.Shape[1];
        for (int n = 0; n < _count; n++)
        {
            Span<float> g = _table.Grad.AsSpan(_ids[n] * d, d);
            TensorPrimitives.Add(g, Output.Grad.AsSpan(n * d, d), g);
        }
    }
}
