using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>The shape of a decoder-only transformer.</summary>
public sealed record TransformerOptions
{
    /// <summary>Vocabulary size V. The default value is 67 (the Bigram-Backcopy vocabulary).</summary>
    public int VocabSize { get; init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(VocabSize), value, "VocabSize must be at least 2."); } = 67;

    /// <summary>Model width D. The default value is 64.</summary>
    public int Dim { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Dim), value, "Dim must be at least 1."); } = 64;

    /// <summary>Number of decoder blocks. The default value is 1.</summary>
    public int Layers { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Layers), value, "Layers must be at least 1."); } = 1;

    /// <summary>Attention heads per block; must divide <see cref="Dim"/>. The default value is 1.</summary>
    public int Heads { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Heads), value, "Heads must be at least 1."); } = 1;

    /// <summary>Hidden width of the feed-forward network. The default value is 0, meaning 4·<see cref="Dim"/>.</summary>
    public int FfnDim { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(FfnDim), value, "FfnDim must be non-negative."); }

    /// <summary>Longest sequence (size of the learned position table). The default value is 64.</summary>
    public int MaxLength { get; init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxLength), value, "MaxLength must be at least 1."); } = 64;

    /// <summary>How attention weights are formed. The default value is <see cref="AttentionKind.Softmax"/>.</summary>
    public AttentionKind Attention { get; init; } = AttentionKind.Softmax;

    /// <summary>Whether linear layers and layer norms have biases; the paper's model has none. The default value is false.</summary>
    public bool Bias { get; init; }

    /// <summary>The effective feed-forward width.</summary>
    public int EffectiveFfnDim => FfnDim == 0 ? 4 * Dim : FfnDim;

    /// <summary>Checks the cross-field constraints.</summary>
    /// <exception cref="ArgumentException">Heads do not divide the width.</exception>
    public void Validate()
    {
        if (Dim % Heads != 0)
        {
            throw new ArgumentException($"Dim {Dim} must be a multiple of Heads {Heads}.");
        }
    }
}
