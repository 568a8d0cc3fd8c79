using Agora.Neural.Tasks;

namespace Agora.Neural.Probes;

/// <summary>
/// Measurements of the extreme-token phenomena of Guo et al. 2024 (arXiv 2410.13835, <c>final-plots.ipynb</c>):
/// attention sinks, value-state drains and residual-state peaks, on attention weights [B, H, T, T], value states
/// [B, T, D] and residual streams [B, T, D].
/// </summary>
/// <remarks>Position 0 holds <c>&lt;s&gt;</c>. Every average runs in a fixed order, so results are reproducible.</remarks>
public static class SinkProbes
{
    /// <summary>
    /// The mean weight on key 0 (<c>&lt;s&gt;</c>) from non-trigger queries of one head:
    /// <c>attn[:, h, :, 0][~triggers].mean()</c>.
    /// </summary>
    /// <param name="weights">Attention weights [B, H, T, T].</param>
    /// <param name="head">The head h.</param>
    /// <param name="inputs">B·T input ids (the query tokens).</param>
    /// <param name="isTrigger">Which ids are triggers.</param>
    /// <param name="includeFirstQuery">Whether query 0 (which can only see itself, weight 1 under softmax) counts; the
    /// paper's notebook includes it (a bias of about +1/T), the spec asks to report both.</param>
    /// <returns>The mean, or NaN when no query qualifies.</returns>
    public static double AttentionOnFirstToken(Tensor weights, int head, ReadOnlySpan<int> inputs, Func<int, bool> isTrigger, bool includeFirstQuery)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(isTrigger);
        (int b, int h, int t) = Dims(weights, head, inputs.Length);
        double sum = 0;
        long n = 0;
        for (int bi = 0; bi < b; bi++)
        {
            for (int i = includeFirstQuery ? 0 : 1; i < t; i++)
            {
                if (isTrigger(inputs[(bi * t) + i]))
                {
                    continue;
                }

                sum += weights.Span[((((bi * h) + head) * t) + i) * t];
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>The mean weight on key i − 1 from trigger queries i ≥ 1 of one head (the active, back-copy behaviour).</summary>
    /// <param name="weights">Attention weights [B, H, T, T].</param>
    /// <param name="head">The head.</param>
    /// <param name="inputs">B·T input ids.</param>
    /// <param name="isTrigger">Which ids are triggers.</param>
    /// <returns>The mean, or NaN when no trigger query exists.</returns>
    public static double AttentionOnPreviousToken(Tensor weights, int head, ReadOnlySpan<int> inputs, Func<int, bool> isTrigger)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(isTrigger);
        (int b, int h, int t) = Dims(weights, head, inputs.Length);
        double sum = 0;
        long n = 0;
        for (int bi = 0; bi < b; bi++)
        {
            for (int i = 1; i < t; i++)
            {
                if (isTrigger(inputs[(bi * t) + i]))
                {
                    sum += weights.Span[(((((bi * h) + head) * t) + i) * t) + i - 1];
                    n++;
                }
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>
    /// The value-state drain: ‖W_O⁽ʰ⁾ v_j⁽ʰ⁾‖ (head h's value projected by its block of W_O) at position 0 and averaged
    /// over positions ≥ 1, each averaged over the batch.
    /// </summary>
    /// <param name="values">Value states [B, T, D] (before W_O).</param>
    /// <param name="outProjection">W_O [D, D] (PyTorch layout [out, in]).</param>
    /// <param name="heads">Number of heads H.</param>
    /// <param name="head">The head h.</param>
    /// <returns>(norm at <c>&lt;s&gt;</c>, mean norm at the other positions).</returns>
    public static (double First, double Others) ProjectedValueNorms(Tensor values, Tensor outProjection, int heads, int head)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(outProjection);
        int b = values.Shape[0], t = values.Shape[1], d = values.Shape[2], hd = d / heads;
        if (outProjection.Shape[0] != d || outProjection.Shape[1] != d || (uint)head >= (uint)heads)
        {
            throw new ArgumentException($"W_O {outProjection.Shape} does not fit values {values.Shape} with {heads} heads (head {head}).");
        }

        double first = 0, others = 0;
        for (int bi = 0; bi < b; bi++)
        {
            for (int j = 0; j < t; j++)
            {
                ReadOnlySpan<float> v = values.Span.Slice((((bi * t) + j) * d) + (head * hd), hd);
                double sq = 0;
                for (int r = 0; r < d; r++)
                {
                    double dot = 0;
                    ReadOnlySpan<float> w = outProjection.Span.Slice((r * d) + (head * hd), hd);
                    for (int c = 0; c < hd; c++)
                    {
                        dot += (double)w[c] * v[c];
                    }

                    sq += dot * dot;
                }

                if (j == 0)
                {
                    first += Math.Sqrt(sq);
                }
                else
                {
                    others += Math.Sqrt(sq);
                }
            }
        }

        return (first / b, t > 1 ? others / (b * (t - 1)) : double.NaN);
    }

    /// <summary>The residual-state peak: ‖h[·, 0]‖ and the mean ‖h[·, j]‖ over j ≥ 1, each averaged over the batch.</summary>
    /// <param name="residual">A residual stream [B, T, D] (e.g. a block's output).</param>
    /// <returns>(norm at <c>&lt;s&gt;</c>, mean norm at the other positions).</returns>
    public static (double First, double Others) ResidualNorms(Tensor residual)
    {
        ArgumentNullException.ThrowIfNull(residual);
        int b = residual.Shape[0], t = residual.Shape[1], d = residual.Shape[2];
        double first = 0, others = 0;
        for (int bi = 0; bi < b; bi++)
        {
            for (int j = 0; j < t; j++)
            {
                double norm = Math.Sqrt(System.Numerics.Tensors.TensorPrimitives.SumOfSquares<float>(residual.Span.Slice(((bi * t) + j) * d, d)));
                if (j == 0)
                {
                    first += norm;
                }
                else
                {
                    others += norm;
                }
            }
        }

        return (first / b, t > 1 ? others / (b * (t - 1)) : double.NaN);
    }

    /// <summary>
    /// Classifies every head on a domain of queries: <see cref="HeadRole.Dormant"/> when its mean weight on key 0 over
    /// the domain's queries (positions ≥ 1) is at least <paramref name="threshold"/>, else <see cref="HeadRole.Active"/>.
    /// </summary>
    /// <param name="weights">Attention weights [B, H, T, T].</param>
    /// <param name="inDomain">Whether query (b, i) belongs to the domain, given its flat index b·T + i.</param>
    /// <param name="threshold">The dormancy threshold on the mean weight on <c>&lt;s&gt;</c>; 0.5 by default.</param>
    /// <returns>One role per head (Active when the domain is empty).</returns>
    public static HeadRole[] ClassifyHeads(Tensor weights, Func<int, bool> inDomain, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(inDomain);
        int b = weights.Shape[0], h = weights.Shape[1], t = weights.Shape[2];
        var roles = new HeadRole[h];
        for (int head = 0; head < h; head++)
        {
            double sum = 0;
            long n = 0;
            for (int bi = 0; bi < b; bi++)
            {
                for (int i = 1; i < t; i++)
                {
                    if (inDomain((bi * t) + i))
                    {
                        sum += weights.Span[((((bi * h) + head) * t) + i) * t];
                        n++;
                    }
                }
            }

            roles[head] = n > 0 && sum / n >= threshold ? HeadRole.Dormant : HeadRole.Active;
        }

        return roles;
    }

    /// <summary>Classifies heads on a Bigram-Backcopy batch, on trigger queries or on non-trigger queries.</summary>
    /// <param name="weights">Attention weights [B, H, T, T].</param>
    /// <param name="inputs">B·T input ids.</param>
    /// <param name="task">The task (which ids are triggers).</param>
    /// <param name="triggerQueries">True for the trigger domain, false for the non-trigger domain.</param>
    /// <param name="threshold">The dormancy threshold.</param>
    /// <returns>One role per head.</returns>
    public static HeadRole[] ClassifyHeads(Tensor weights, int[] inputs, BigramBackcopyTask task, bool triggerQueries, double threshold = 0.5)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(task);
        return ClassifyHeads(weights, q => task.IsTrigger(inputs[q]) == triggerQueries, threshold);
    }

    private static (int B, int H, int T) Dims(Tensor weights, int head, int inputCount)
    {
        if (weights.Shape.Rank != 4 || weights.Shape[2] != weights.Shape[3])
        {
            throw new ArgumentException($"Attention weights must be [B, H, T, T]; got {weights.Shape}.");
        }

        int b = weights.Shape[0], h = weights.Shape[1], t = weights.Shape[2];
        if ((uint)head >= (uint)h)
        {
            throw new ArgumentOutOfRangeException(nameof(head), head, $"There are {h} heads.");
        }

        if (inputCount < b * t)
        {
            throw new ArgumentException($"{b * t} input ids are needed; got {inputCount}.");
        }

        return (b, h, t);
    }
}
