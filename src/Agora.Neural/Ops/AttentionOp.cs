using System.Numerics.Tensors;
using Agora.Neural.Autodiff;
using Agora.Neural.Backends;

namespace Agora.Neural.Ops;

/// <summary>
/// Causal multi-head attention on projected queries, keys and values [B, T, D] (H heads of D/H), exposing the weights
/// [B, H, T, T] after every forward call.
/// </summary>
/// <remarks>
/// <para>
/// Scores s[i, j] = q_i·k_j / √(D/H) for j ≤ i (the causal mask; j &gt; i gets weight 0), weights from
/// <see cref="AttentionKind"/>, and out_i = c_h Σ_j w[i, j] v_j per head, where c_h is the head's
/// <see cref="HeadScale"/> (1, or 0 to knock the head out).
/// </para>
/// <para>
/// Backward, per head, with g_i = c_h ∂out_i: ∂w[i, j] = g_i·v_j; ∂v_j += Σ_i w[i, j] g_i; softmax
/// ∂s[i, j] = w[i, j](∂w[i, j] − Σ_j′ w[i, j′]∂w[i, j′]); ReLU ∂s[i, j] = [s &gt; 0] ∂w[i, j]/(i + 1);
/// ∂q_i += Σ_j ∂s[i, j] k_j / √(D/H); ∂k_j += Σ_i ∂s[i, j] q_i / √(D/H). Work is split by (batch, head), which write
/// disjoint slices, and each sum runs in increasing index order, so results do not depend on the thread count.
/// </para>
/// </remarks>
public sealed class AttentionOp : Op
{
    private Tensor _q = null!;
    private Tensor _k = null!;
    private Tensor _v = null!;
    private Tensor? _weights;
    private float[] _dScores = [];
    private int _b;
    private int _t;
    private int _d;

    /// <summary>Creates the op.</summary>
    /// <param name="heads">The number of heads H; D must be a multiple of it.</param>
    /// <param name="kind">Softmax or ReLU attention.</param>
    public AttentionOp(int heads, AttentionKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(heads, 1);
        Heads = heads;
        Kind = kind;
        HeadScale = new float[heads];
        HeadScale.AsSpan().Fill(1f);
    }

    /// <summary>The number of heads.</summary>
    public int Heads { get; }

    /// <summary>Softmax or ReLU attention.</summary>
    public AttentionKind Kind { get; }

    /// <summary>Per-head output multipliers; set an entry to 0 to zero that head (an intervention).</summary>
    public float[] HeadScale { get; }

    /// <summary>The attention weights [B, H, T, T] of the last forward call (row i is the query, column j the key).</summary>
    public Tensor Weights => _weights ?? throw new InvalidOperationException("Attention has not run forward yet.");

    /// <summary>Attends.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="q">Queries [B, T, D].</param>
    /// <param name="k">Keys [B, T, D].</param>
    /// <param name="v">Values [B, T, D].</param>
    /// <returns>The per-head outputs concatenated, [B, T, D].</returns>
    public Tensor Forward(Tape? tape, Tensor q, Tensor k, Tensor v)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(k);
        ArgumentNullException.ThrowIfNull(v);
        Require("rank of q", 3, q.Shape.Rank);
        if (k.Shape != q.Shape || v.Shape != q.Shape)
        {
            throw new ArgumentException($"{nameof(AttentionOp)}: q {q.Shape}, k {k.Shape} and v {v.Shape} must agree.");
        }

        if (q.Shape[2] % Heads != 0)
        {
            throw new ArgumentException($"{nameof(AttentionOp)}: width {q.Shape[2]} is not a multiple of {Heads} heads.");
        }

        _q = q;
        _k = k;
        _v = v;
        _b = q.Shape[0];
        _t = q.Shape[1];
        _d = q.Shape[2];
        Tensor.Reuse(ref _weights, new TensorShape(_b, Heads, _t, _t), requiresGrad: false);
        Tensor y = Begin(tape, q.Shape, q.RequiresGrad || k.RequiresGrad || v.RequiresGrad);
        if (y.RequiresGrad && _dScores.Length < _weights!.Length)
        {
            _dScores = new float[_weights.Length];
        }

        Backend.For(_b * Heads, new HeadBody(this, backward: false));
        return y;
    }

    /// <inheritdoc />
    public override void Backward() => Backend.For(_b * Heads, new HeadBody(this, backward: true));

    private void ForwardHead(int bh)
    {
        int b = bh / Heads, h = bh % Heads, hd = _d / Heads, t = _t, d = _d;
        float scale = 1f / MathF.Sqrt(hd);
        float c = HeadScale[h];
        float[] w = _weights!.Data;
        float[] y = Output.Data;
        for (int i = 0; i < t; i++)
        {
            int qOff = (((b * t) + i) * d) + (h * hd);
            ReadOnlySpan<float> qi = _q.Data.AsSpan(qOff, hd);
            Span<float> row = w.AsSpan(((bh * t) + i) * t, t);
            for (int j = 0; j <= i; j++)
            {
                row[j] = scale * TensorPrimitives.Dot(qi, _k.Data.AsSpan((((b * t) + j) * d) + (h * hd), hd));
            }

            row[(i + 1)..].Clear();
            Span<float> visible = row[..(i + 1)];
            if (Kind == AttentionKind.Softmax)
            {
                SoftmaxOp.RowForward(visible, visible, log: false);
            }
            else
            {
                TensorPrimitives.Max(visible, 0f, visible);
                TensorPrimitives.Divide(visible, i + 1, visible);
            }

            Span<float> yi = y.AsSpan(qOff, hd);
            yi.Clear();
            for (int j = 0; j <= i; j++)
            {
                float wij = visible[j] * c;
                if (wij != 0f)
                {
                    TensorPrimitives.MultiplyAdd(_v.Data.AsSpan((((b * t) + j) * d) + (h * hd), hd), wij, yi, yi);
                }
            }
        }
    }

    private void BackwardHead(int bh)
    {
        int b = bh / Heads, h = bh % Heads, hd = _d / Heads, t = _t, d = _d;
        float scale = 1f / MathF.Sqrt(hd);
        float c = HeadScale[h];
        if (c == 0f)
        {
            return;
        }

        float[] w = _weights!.Data;
        float[] dy = Output.Grad!;
        for (int i = 0; i < t; i++)
        {
            int qOff = (((b * t) + i) * d) + (h * hd);
            ReadOnlySpan<float> gi = dy.AsSpan(qOff, hd);
            ReadOnlySpan<float> row = w.AsSpan(((bh * t) + i) * t, i + 1);
            Span<float> ds = _dScores.AsSpan(((bh * t) + i) * t, i + 1);
            for (int j = 0; j <= i; j++)
            {
                int vOff = (((b * t) + j) * d) + (h * hd);
                ds[j] = c * TensorPrimitives.Dot(gi, _v.Data.AsSpan(vOff, hd));
                if (_v.Grad is not null && row[j] != 0f)
                {
                    Span<float> dv = _v.Grad.AsSpan(vOff, hd);
                    TensorPrimitives.MultiplyAdd(gi, c * row[j], dv, dv);
                }
            }

            if (Kind == AttentionKind.Softmax)
            {
                float s = TensorPrimitives.Dot(row, ds);
                for (int j = 0; j <= i; j++)
                {
                    ds[j] = row[j] * (ds[j] - s);
                }
            }
            else
            {
                float inv = 1f / (i + 1);
                for (int j = 0; j <= i; j++)
                {
                    ds[j] = row[j] > 0f ? ds[j] * inv : 0f;
                }
            }

            for (int j = 0; j <= i; j++)
            {
                float g = ds[j] * scale;
                if (g == 0f)
                {
                    continue;
                }

                int kOff = (((b * t) + j) * d) + (h * hd);
                if (_q.Grad is not null)
                {
                    Span<float> dq = _q.Grad.AsSpan(qOff, hd);
                    TensorPrimitives.MultiplyAdd(_k.Data.AsSpan(kOff, hd), g, dq, dq);
                }

                if (_k.Grad is not null)
                {
                    Span<float> dk = _k.Grad.AsSpan(kOff, hd);
                    TensorPrimitives.MultiplyAdd(_q.Data.AsSpan(qOff, hd), g, dk, dk);
                }
            }
        }
    }

    private readonly struct HeadBody(AttentionOp op, bool backward) : IParallelBody
    {
        public void Run(int index)
        {
            if (backward)
            {
                op.BackwardHead(index);
            }
            else
            {
                op.ForwardHead(index);
            }
        }
    }
}
