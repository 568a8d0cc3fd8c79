using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>Causal multi-head self-attention: projections W_Q, W_K, W_V, the attention op, then W_O.</summary>
public sealed class MultiHeadAttention : Module
{
    private readonly AttentionOp _attention;

    /// <summary>Creates the layer.</summary>
    /// <param name="name">The parameter name prefix.</param>
    /// <param name="dim">Model width.</param>
    /// <param name="heads">Number of heads.</param>
    /// <param name="kind">Softmax or ReLU attention.</param>
    /// <param name="bias">Whether the projections have biases.</param>
    /// <param name="rng">The generator; forked by parameter name.</param>
    public MultiHeadAttention(string name, int dim, int heads, AttentionKind kind, bool bias, AgoraRandom rng)
    {
        Query = Register(new Linear(name + ".q", dim, dim, bias, rng));
        Key = Register(new Linear(name + ".k", dim, dim, bias, rng));
        Value = Register(new Linear(name + ".v", dim, dim, bias, rng));
        OutProjection = Register(new Linear(name + ".o", dim, dim, bias, rng));
        _attention = new AttentionOp(heads, kind);
    }

    /// <summary>W_Q.</summary>
    public Linear Query { get; }

    /// <summary>W_K.</summary>
    public Linear Key { get; }

    /// <summary>W_V.</summary>
    public Linear Value { get; }

    /// <summary>W_O.</summary>
    public Linear OutProjection { get; }

    /// <summary>The number of heads.</summary>
    public int Heads => _attention.Heads;

    /// <summary>Per-head output multipliers (set to 0 to zero a head).</summary>
    public float[] HeadScale => _attention.HeadScale;

    /// <summary>The attention weights [B, H, T, T] of the last forward call.</summary>
    public Tensor Weights => _attention.Weights;

    /// <summary>The value states [B, T, D] (before W_O) of the last forward call.</summary>
    public Tensor Values { get; private set; } = null!;

    /// <summary>Attends.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [B, T, D].</param>
    /// <returns>Output [B, T, D].</returns>
    public Tensor Forward(Tape? tape, Tensor x)
    {
        Tensor q = Query.Forward(tape, x);
        Tensor k = Key.Forward(tape, x);
        Values = Value.Forward(tape, x);
        Tensor a = _attention.Forward(tape, q, k, Values);
        return OutProjection.Forward(tape, a);
    }
}
