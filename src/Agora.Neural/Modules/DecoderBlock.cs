using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>A pre-LayerNorm decoder block: h = x + Attn(LN₁(x)), out = h + W₂·ReLU(W₁·LN₂(h)).</summary>
public sealed class DecoderBlock : Module
{
    private readonly LayerNorm _ln1;
    private readonly LayerNorm _ln2;
    private readonly Linear _fc1;
    private readonly Linear _fc2;
    private readonly ActivationOp _relu = new(Activation.Relu);
    private readonly AddOp _addAttention = new();
    private readonly AddOp _addMlp = new();

    /// <summary>Creates the block.</summary>
    /// <param name="name">The parameter name prefix.</param>
    /// <param name="options">The model shape.</param>
    /// <param name="rng">The generator; forked by parameter name.</param>
    public DecoderBlock(string name, TransformerOptions options, AgoraRandom rng)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ln1 = Register(new LayerNorm(name + ".ln1", options.Dim, options.Bias));
        Attention = Register(new MultiHeadAttention(name + ".attn", options.Dim, options.Heads, options.Attention, options.Bias, rng));
        _ln2 = Register(new LayerNorm(name + ".ln2", options.Dim, options.Bias));
        _fc1 = Register(new Linear(name + ".fc1", options.Dim, options.EffectiveFfnDim, options.Bias, rng));
        _fc2 = Register(new Linear(name + ".fc2", options.EffectiveFfnDim, options.Dim, options.Bias, rng));
    }

    /// <summary>The attention layer.</summary>
    public MultiHeadAttention Attention { get; }

    /// <summary>Whether the feed-forward branch runs; false zeroes the block's MLP (an intervention).</summary>
    public bool MlpEnabled { get; set; } = true;

    /// <summary>The block's output (the residual stream after it) from the last forward call.</summary>
    public Tensor Output { get; private set; } = null!;

    /// <summary>Applies the block.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">The residual stream [B, T, D].</param>
    /// <returns>The new residual stream.</returns>
    public Tensor Forward(Tape? tape, Tensor x)
    {
        Tensor h = _addAttention.Forward(tape, x, Attention.Forward(tape, _ln1.Forward(tape, x)));
        if (MlpEnabled)
        {
            Tensor f = _fc2.Forward(tape, _relu.Forward(tape, _fc1.Forward(tape, _ln2.Forward(tape, h))));
            h = _addMlp.Forward(tape, h, f);
        }

        Output = h;
        return h;
    }
}
