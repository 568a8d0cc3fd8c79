using Agora.Core.Randomness;

namespace Agora.Neural.Tasks;

/// <summary>
/// A bigram language over a vocabulary that ends with the begin-of-sequence token <c>&lt;s&gt;</c> (and, for the
/// paper's files, the unused delimiter <c>&lt;d&gt;</c>): the transition matrix <c>cond</c>, row-normalised, and the
/// unigram <c>marginal</c>.
/// </summary>
/// <remarks>
/// Guo et al. 2024 (arXiv 2410.13835), <c>BBM/data/prepare.py</c>: character bigram counts over the corpus, all
/// consecutive pairs, row-normalised; the <c>&lt;s&gt;</c> row equals the marginal and no token moves to
/// <c>&lt;s&gt;</c>. Three ways to build one: <see cref="FromText"/> / <see cref="FromCorpusFile"/> (the paper's
/// recipe), <see cref="FromConfigFile"/> (the paper's <c>config.yaml</c> format) and <see cref="Synthetic"/>.
/// <threadsafety>Immutable.</threadsafety>
/// </remarks>
public sealed class BigramSource
{
    private readonly double[] _cond;
    private readonly double[] _marginal;
    private readonly string[] _symbols;

    /// <summary>Creates a source from a full matrix, checking that it is consistent.</summary>
    /// <param name="name">Where it came from, for messages.</param>
    /// <param name="symbols">The display string of every token id.</param>
    /// <param name="cond">Row-major V×V transition probabilities.</param>
    /// <param name="marginal">The unigram marginal, V entries.</param>
    /// <param name="bosId">The id of <c>&lt;s&gt;</c>.</param>
    /// <exception cref="BigramSourceException">Sizes disagree, a row does not sum to 1, or <c>&lt;s&gt;</c> is reachable.</exception>
    public BigramSource(string name, IReadOnlyList<string> symbols, ReadOnlySpan<double> cond, ReadOnlySpan<double> marginal, int bosId)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        Name = name;
        int v = symbols.Count;
        if (cond.Length != v * v)
        {
            throw new BigramSourceException($"{name}: cond has {cond.Length} entries but a vocabulary of {v} needs {v * v}.");
        }

        if (marginal.Length != v)
        {
            throw new BigramSourceException($"{name}: marginal has {marginal.Length} entries but the vocabulary has {v}.");
        }

        if ((uint)bosId >= (uint)v)
        {
            throw new BigramSourceException($"{name}: bos id {bosId} is outside the vocabulary of {v}.");
        }

        CheckDistribution(name, "marginal", marginal);
        for (int i = 0; i < v; i++)
        {
            CheckDistribution(name, $"cond row {i}", cond.Slice(i * v, v));
            if (cond[(i * v) + bosId] != 0)
            {
                throw new BigramSourceException($"{name}: cond row {i} moves to <s> (id {bosId}) with probability {cond[(i * v) + bosId]}; no token may.");
            }
        }

        _symbols = [.. symbols];
        _cond = cond.ToArray();
        _marginal = marginal.ToArray();
        BosId = bosId;
    }

    /// <summary>Where the source came from.</summary>
    public string Name { get; }

    /// <summary>The vocabulary size V (including <c>&lt;s&gt;</c>).</summary>
    public int VocabSize => _symbols.Length;

    /// <summary>The id of <c>&lt;s&gt;</c>.</summary>
    public int BosId { get; }

    /// <summary>The display string of every id.</summary>
    public IReadOnlyList<string> Symbols => _symbols;

    /// <summary>The unigram marginal.</summary>
    public ReadOnlySpan<double> Marginal => _marginal;

    /// <summary>The transition distribution out of <paramref name="token"/>.</summary>
    /// <param name="token">The current token.</param>
    /// <returns>V probabilities.</returns>
    public ReadOnlySpan<double> Row(int token) => _cond.AsSpan(token * VocabSize, VocabSize);

    /// <summary>Builds the paper's character-bigram source from text.</summary>
    /// <param name="text">The corpus.</param>
    /// <param name="name">Where it came from, for messages.</param>
    /// <returns>Symbols = the distinct characters sorted by code point, then <c>&lt;s&gt;</c> and <c>&lt;d&gt;</c>.</returns>
    /// <remarks>A character never followed by another (it ends the text) gets the marginal as its row.</remarks>
    public static BigramSource FromText(string text, string name = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] chars = [.. text.Distinct().Order()];
        if (chars.Length == 0)
        {
            throw new BigramSourceException($"{name}: the corpus is empty.");
        }

        int n = chars.Length, v = n + 2;
        var index = new Dictionary<char, int>(n);
        for (int i = 0; i < n; i++)
        {
            index[chars[i]] = i;
        }

        var counts = new double[v * v];
        var unigram = new double[v];
        for (int i = 0; i < text.Length; i++)
        {
            int a = index[text[i]];
            unigram[a]++;
            if (i + 1 < text.Length)
            {
                counts[(a * v) + index[text[i + 1]]]++;
            }
        }

        double total = text.Length;
        for (int i = 0; i < n; i++)
        {
            unigram[i] /= total;
        }

        for (int i = 0; i < v; i++)
        {
            Span<double> row = counts.AsSpan(i * v, v);
            double sum = 0;
            foreach (double c in row)
            {
                sum += c;
            }

            if (sum > 0)
            {
                for (int j = 0; j < v; j++)
                {
                    row[j] /= sum;
                }
            }
            else
            {
                unigram.AsSpan().CopyTo(row);
            }
        }

        var symbols = chars.Select(c => c.ToString()).Append("<s_0>").Append("<d>").ToArray();
        return new BigramSource(name, symbols, counts, unigram, bosId: n);
    }

    /// <summary>Reads a text corpus and builds its character bigrams (<see cref="FromText"/>).</summary>
    /// <param name="path">The corpus file.</param>
    /// <returns>The source.</returns>
    /// <exception cref="BigramSourceException">The file is missing or unreadable.</exception>
    public static BigramSource FromCorpusFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new BigramSourceException($"Corpus file '{path}' does not exist.");
        }

        try
        {
            return FromText(File.ReadAllText(path), $"corpus '{path}'");
        }
        catch (IOException e)
        {
            throw new BigramSourceException($"Corpus file '{path}' cannot be read: {e.Message}");
        }
    }

    /// <summary>Reads a file in the paper's <c>config.yaml</c> format (<c>BBM/data/*/config.yaml</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The source.</returns>
    /// <exception cref="BigramSourceException">The file is missing, malformed or inconsistent.</exception>
    public static BigramSource FromConfigFile(string path) => BigramConfigReader.Read(path);

    /// <summary>
    /// The documented synthetic default: <paramref name="symbols"/> symbols named <c>a</c>, <c>b</c>, … whose rows are
    /// drawn from Dirichlet(<paramref name="alpha"/>), with the chain's stationary distribution as the marginal.
    /// </summary>
    /// <param name="symbols">Number of ordinary symbols (the default 32 as in the spec's section d).</param>
    /// <param name="alpha">The Dirichlet concentration (the default 0.3).</param>
    /// <param name="seed">The generator seed (the default 1).</param>
    /// <returns>The source; V = symbols + 1 (<c>&lt;s&gt;</c> last).</returns>
    /// <remarks>Rows are normalised Gamma(α, 1) draws (Marsaglia and Tsang 2000, with the α &lt; 1 boost); the stationary
    /// distribution comes from 500 power iterations from uniform. Not faithful to the paper; use it when no corpus is at hand.</remarks>
    public static BigramSource Synthetic(int symbols = 32, double alpha = 0.3, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(symbols, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        int v = symbols + 1;
        var rng = new AgoraRandom(seed).Fork("bigram/synthetic");
        var cond = new double[v * v];
        for (int i = 0; i < symbols; i++)
        {
            double sum = 0;
            for (int j = 0; j < symbols; j++)
            {
                double g = Gamma(alpha, ref rng) + 1e-12;
                cond[(i * v) + j] = g;
                sum += g;
            }

            for (int j = 0; j < symbols; j++)
            {
                cond[(i * v) + j] /= sum;
            }
        }

        var pi = new double[v];
        var next = new double[v];
        pi.AsSpan(0, symbols).Fill(1.0 / symbols);
        for (int it = 0; it < 500; it++)
        {
            Array.Clear(next);
            for (int i = 0; i < symbols; i++)
            {
                for (int j = 0; j < symbols; j++)
                {
                    next[j] += pi[i] * cond[(i * v) + j];
                }
            }

            (pi, next) = (next, pi);
        }

        double z = pi.Sum();
        for (int j = 0; j < v; j++)
        {
            pi[j] /= z;
        }

        pi.AsSpan().CopyTo(cond.AsSpan(symbols * v, v));
        var names = Enumerable.Range(0, symbols).Select(i => i < 26 ? ((char)('a' + i)).ToString() : ((char)('A' + i - 26)).ToString()).Append("<s_0>").ToArray();
        return new BigramSource($"synthetic(V={symbols}, alpha={alpha}, seed={seed})", names, cond, pi, bosId: symbols);
    }

    private static double Gamma(double alpha, ref AgoraRandom rng)
    {
        if (alpha < 1)
        {
            double u = rng.NextDouble();
            return Gamma(alpha + 1, ref rng) * Math.Pow(u, 1 / alpha);
        }

        double d = alpha - (1.0 / 3), c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x = rng.NextGaussian(), v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            double u = rng.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }

    private static void CheckDistribution(string name, string what, ReadOnlySpan<double> p)
    {
        double sum = 0;
        foreach (double x in p)
        {
            if (!(x >= 0) || !double.IsFinite(x))
            {
                throw new BigramSourceException($"{name}: {what} has an invalid probability {x}.");
            }

            sum += x;
        }

        if (Math.Abs(sum - 1) > 1e-4)
        {
            throw new BigramSourceException($"{name}: {what} sums to {sum:G6}, not 1.");
        }
    }
}
