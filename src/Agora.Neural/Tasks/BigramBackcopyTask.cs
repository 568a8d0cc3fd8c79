using Agora.Core.Randomness;

namespace Agora.Neural.Tasks;

/// <summary>
/// The Bigram-Backcopy task of Guo et al. 2024 (arXiv 2410.13835, <c>BBM/data.py</c> class <c>bbm</c>): sequences that
/// follow a bigram chain, except that the token after a trigger copies the token before the trigger.
/// </summary>
/// <remarks>
/// <para>Triggers are the k tokens with the largest marginal (<c>argsort(marginal)[-k:]</c>; ties go to the lower id).</para>
/// <para>
/// Generation (<c>bbm.gen_seq</c>): seq = [&lt;s&gt;]; x₁ ~ marginal with the triggers zeroed and renormalised; then
/// while the sequence is shorter than N + 1: with x the last and x′ the second-to-last token, append x′ when x is a
/// trigger, else a draw from cond[x]. Inputs are seq[0..N), targets seq[1..N].
/// </para>
/// <para>
/// The oracle (<c>probe_utils.get_oracle_predicts</c>) at input position j is one-hot on seq[j − 1] when seq[j] is a
/// trigger and cond[seq[j]] otherwise. The reported losses are the oracle-weighted risks
/// Σ_v p_oracle(v)(−log p_model(v)), averaged over trigger positions ("backcopy") and over all other positions
/// ("bigram").
/// </para>
/// <threadsafety>Immutable; generation takes the generator by reference.</threadsafety>
/// </remarks>
public sealed class BigramBackcopyTask
{
    private readonly bool[] _isTrigger;
    private readonly double[] _cumulative;
    private readonly double[] _firstCumulative;

    /// <summary>Creates the task.</summary>
    /// <param name="source">The bigram language.</param>
    /// <param name="triggerCount">k, the number of triggers; the default 3 as in the paper.</param>
    /// <exception cref="BigramSourceException">The source has fewer than k + 2 ordinary symbols with positive marginal.</exception>
    public BigramBackcopyTask(BigramSource source, int triggerCount = 3)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(triggerCount, 1);
        Source = source;
        int v = source.VocabSize;
        double[] marginal = source.Marginal.ToArray();
        int[] ranked = [.. Enumerable.Range(0, v).Where(i => marginal[i] > 0 && i != source.BosId).OrderByDescending(i => marginal[i]).ThenBy(i => i)];
        if (ranked.Length < triggerCount + 2)
        {
            throw new BigramSourceException(
                $"{source.Name}: {ranked.Length} symbols occur but k = {triggerCount} triggers need at least {triggerCount + 2}.");
        }

        Triggers = [.. ranked.Take(triggerCount).Order()];
        _isTrigger = new bool[v];
        foreach (int t in Triggers)
        {
            _isTrigger[t] = true;
        }

        _cumulative = new double[v * v];
        for (int i = 0; i < v; i++)
        {
            Cumulate(source.Row(i), _cumulative.AsSpan(i * v, v));
        }

        var first = new double[v];
        for (int i = 0; i < v; i++)
        {
            first[i] = _isTrigger[i] ? 0 : marginal[i];
        }

        double z = first.Sum();
        for (int i = 0; i < v; i++)
        {
            first[i] /= z;
        }

        FirstTokenDistribution = first;
        _firstCumulative = new double[v];
        Cumulate(first, _firstCumulative);
    }

    /// <summary>The bigram language.</summary>
    public BigramSource Source { get; }

    /// <summary>The vocabulary size.</summary>
    public int VocabSize => Source.VocabSize;

    /// <summary>The id of <c>&lt;s&gt;</c>.</summary>
    public int BosId => Source.BosId;

    /// <summary>The trigger ids, ascending.</summary>
    public IReadOnlyList<int> Triggers { get; }

    /// <summary>The distribution of x₁: the marginal without triggers, renormalised (<c>marginal2</c>).</summary>
    public IReadOnlyList<double> FirstTokenDistribution { get; }

    /// <summary>Whether <paramref name="token"/> is a trigger.</summary>
    /// <param name="token">A token id.</param>
    /// <returns>True for a trigger.</returns>
    public bool IsTrigger(int token) => _isTrigger[token];

    /// <summary>Generates one sequence of N + 1 tokens into <paramref name="sequence"/> (N = its length − 1).</summary>
    /// <param name="sequence">The destination; at least 2 long.</param>
    /// <param name="rng">The generator.</param>
    public void Generate(Span<int> sequence, ref AgoraRandom rng)
    {
        if (sequence.Length < 2)
        {
            throw new ArgumentException("A sequence holds <s> and at least one token.", nameof(sequence));
        }

        int v = VocabSize;
        sequence[0] = BosId;
        sequence[1] = Sample(_firstCumulative, ref rng);
        for (int n = 2; n < sequence.Length; n++)
        {
            int x = sequence[n - 1];
            sequence[n] = _isTrigger[x] ? sequence[n - 2] : Sample(_cumulative.AsSpan(x * v, v), ref rng);
        }
    }

    /// <summary>Generates a batch: inputs seq[0..N) and targets seq[1..N] for each of <paramref name="batch"/> sequences.</summary>
    /// <param name="inputs">Destination, batch·N ids, batch-major.</param>
    /// <param name="targets">Destination, batch·N ids.</param>
    /// <param name="batch">Number of sequences.</param>
    /// <param name="length">N.</param>
    /// <param name="rng">The generator.</param>
    public void GenerateBatch(Span<int> inputs, Span<int> targets, int batch, int length, ref AgoraRandom rng)
    {
        Span<int> seq = length + 1 <= 1024 ? stackalloc int[length + 1] : new int[length + 1];
        for (int b = 0; b < batch; b++)
        {
            Generate(seq, ref rng);
            seq[..length].CopyTo(inputs.Slice(b * length, length));
            seq[1..].CopyTo(targets.Slice(b * length, length));
        }
    }

    /// <summary>The oracle's next-token distribution at input position <paramref name="position"/>.</summary>
    /// <param name="inputs">One sequence's inputs.</param>
    /// <param name="position">The position j.</param>
    /// <param name="destination">V probabilities.</param>
    public void Oracle(ReadOnlySpan<int> inputs, int position, Span<double> destination)
    {
        int x = inputs[position];
        if (_isTrigger[x] && position > 0)
        {
            destination.Clear();
            destination[inputs[position - 1]] = 1;
        }
        else
        {
            Source.Row(x).CopyTo(destination);
        }
    }

    /// <summary>The oracle-weighted risks of a model's log-probabilities, split by trigger and non-trigger positions.</summary>
    /// <param name="inputs">batch·N input ids.</param>
    /// <param name="logProbabilities">batch·N·V log-probabilities.</param>
    /// <param name="batch">Number of sequences.</param>
    /// <param name="length">N.</param>
    /// <returns>The losses.</returns>
    public BigramBackcopyLosses Losses(ReadOnlySpan<int> inputs, ReadOnlySpan<float> logProbabilities, int batch, int length)
    {
        int v = VocabSize;
        Span<double> oracle = stackalloc double[v];
        double trig = 0, non = 0;
        long nTrig = 0, nNon = 0;
        for (int b = 0; b < batch; b++)
        {
            ReadOnlySpan<int> seq = inputs.Slice(b * length, length);
            for (int j = 0; j < length; j++)
            {
                Oracle(seq, j, oracle);
                ReadOnlySpan<float> lp = logProbabilities.Slice(((b * length) + j) * v, v);
                double risk = 0;
                for (int k = 0; k < v; k++)
                {
                    if (oracle[k] > 0)
                    {
                        risk -= oracle[k] * lp[k];
                    }
                }

                if (_isTrigger[seq[j]])
                {
                    trig += risk;
                    nTrig++;
                }
                else
                {
                    non += risk;
                    nNon++;
                }
            }
        }

        return new BigramBackcopyLosses(nTrig == 0 ? double.NaN : trig / nTrig, nNon == 0 ? double.NaN : non / nNon, nTrig, nNon);
    }

    /// <summary>The bigram loss floor: the oracle's own risk on non-trigger positions, Σ p log(1/p) averaged like <see cref="Losses"/>.</summary>
    /// <param name="inputs">batch·N input ids.</param>
    /// <param name="batch">Number of sequences.</param>
    /// <param name="length">N.</param>
    /// <returns>The mean entropy of cond[x] over non-trigger positions.</returns>
    public double BigramEntropy(ReadOnlySpan<int> inputs, int batch, int length)
    {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < batch * length; i++)
        {
            if (_isTrigger[inputs[i]])
            {
                continue;
            }

            foreach (double p in Source.Row(inputs[i]))
            {
                if (p > 0)
                {
                    sum -= p * Math.Log(p);
                }
            }

            n++;
        }

        return sum / n;
    }

    private static void Cumulate(ReadOnlySpan<double> p, Span<double> cumulative)
    {
        double s = 0;
        for (int i = 0; i < p.Length; i++)
        {
            s += p[i];
            cumulative[i] = s;
        }
    }

    private static int Sample(ReadOnlySpan<double> cumulative, ref AgoraRandom rng)
    {
        double u = rng.NextDouble() * cumulative[^1];
        for (int i = 0; i < cumulative.Length; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        // Rounding can leave u at the very top: take the last token with positive probability.
        for (int i = cumulative.Length - 1; i > 0; i--)
        {
            if (cumulative[i] > cumulative[i - 1])
            {
                return i;
            }
        }

        return 0;
    }
}
