namespace Agora.Neural.Ops;

/// <summary>How causal attention turns scores into weights.</summary>
public enum AttentionKind
{
    /// <summary>weights[i, ·] = softmax over the visible keys j ≤ i of the scaled scores (Vaswani et al. 2017).</summary>
    Softmax,

    /// <summary>
    /// weights[i, j] = ReLU(score[i, j]) / (i + 1) for j ≤ i, with i the 0-based query index; rows are not normalised
    /// (Guo et al. 2024, arXiv 2410.13835, <c>attn_use_relu</c>).
    /// </summary>
    Relu,
}
