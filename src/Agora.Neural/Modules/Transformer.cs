using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>
/// A decoder-only transformer: token embedding plus learned absolute position embedding, pre-LN blocks, a final
/// LayerNorm and an untied output layer (Guo et al. 2024, arXiv 2410.13835, <c>BBM/model.py</c>).
/// </summary>
public sealed class Transformer : Module
{
    private readonly EmbeddingOp _tokenLookup = new();
    private readonly AddOp _addPosition = new();
    private readonly LayerNorm _lnFinal;
    private readonly Linear _head;
    private readonly DecoderBlock[] _blocks;
    private Tensor? _positionView;

    /// <summary>Creates the model with PyTorch-default initialisation (see <see cref="Init"/>).</summary>
    /// <param name="options">The shape.</param>
    /// <param name="rng">The generator; each parameter comes from a fork keyed by its name.</param>
    public Transformer(TransformerOptions options, AgoraRandom rng)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        TokenEmbedding = Register(new Tensor(new TensorShape(options.VocabSize, options.Dim), requiresGrad: true, name: "tok_emb.weight"));
        AgoraRandom te = rng.Fork("tok_emb.weight");
        Init.Normal(TokenEmbedding.Span, 1f, ref te);
        PositionEmbedding = Register(new Tensor(new TensorShape(options.MaxLength, options.Dim), requiresGrad: true, name: "pos_emb.weight"));
        AgoraRandom pe = rng.Fork("pos_emb.weight");
        Init.Normal(PositionEmbedding.Span, 1f, ref pe);
        _blocks = new DecoderBlock[options.Layers];
        for (int l = 0; l < options.Layers; l++)
        {
            _blocks[l] = Register(new DecoderBlock($"blocks.{l}", options, rng));
        }

        _lnFinal = Register(new LayerNorm("ln_f", options.Dim, options.Bias));
        _head = Register(new Linear("head", options.Dim, options.VocabSize, options.Bias, rng));
    }

    /// <summary>The shape.</summary>
    public TransformerOptions Options { get; }

    /// <summary>Token embedding [V, D].</summary>
    public Tensor TokenEmbedding { get; }

    /// <summary>Position embedding [MaxLength, D].</summary>
    public Tensor PositionEmbedding { get; }

    /// <summary>The decoder blocks.</summary>
    public IReadOnlyList<DecoderBlock> Blocks => _blocks;

    /// <summary>Computes next-token logits.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="tokens">Token ids, batch-major (B·T of them are read; read again during backward).</param>
    /// <param name="batch">B.</param>
    /// <param name="length">T, at most <see cref="TransformerOptions.MaxLength"/>.</param>
    /// <returns>Logits [B, T, V].</returns>
    public Tensor Forward(Tape? tape, int[] tokens, int batch, int length)
    {
        if (length > Options.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"Sequence length exceeds MaxLength {Options.MaxLength}.");
        }

        Tensor x = _tokenLookup.Forward(tape, TokenEmbedding, tokens, new TensorShape(batch, length, Options.Dim));
        x = _addPosition.Forward(tape, x, PositionRows(length));
        foreach (var block in _blocks)
        {
            x = block.Forward(tape, x);
        }

        return _head.Forward(tape, _lnFinal.Forward(tape, x));
    }

    // The first T rows of the position table, as a tensor sharing its storage (so gradients land in the table).
    private Tensor PositionRows(int length)
    {
        if (length == Options.MaxLength)
        {
            return PositionEmbedding;
        }

        if (_positionView is null || _positionView.Shape[0] != length)
        {
            _positionView = Tensor.View(PositionEmbedding, new TensorShape(length, Options.Dim));
        }

        return _positionView;
    }
}
