namespace Agora.Neural.Exploration;

/// <summary>
/// The inverse covariance C⁻¹ of the embeddings seen this episode, kept up to date with rank-one Sherman–Morrison
/// updates; the elliptical bonus of an embedding φ is <c>φᵀC⁻¹φ</c> (E3B).
/// </summary>
/// <remarks>
/// <para>
/// Henaff, Raileanu, Jiang and Rocktäschel, "Exploration via Elliptical Episodic Bonuses" (NeurIPS 2022), and the
/// code of Henaff, Jiang and Raileanu (ICML 2023; facebookresearch/e3b, <c>src/algos/e3b_noveld.py</c>): at the start
/// of an episode <c>C = λI</c>, so <c>C⁻¹ = I/λ</c>; for each new embedding φ, <c>u = C⁻¹φ</c>, the bonus is
/// <c>b = φᵀu</c>, and C grows by φφᵀ, whose inverse is <c>C⁻¹ − uuᵀ/(1 + b)</c> (Sherman–Morrison, C⁻¹ symmetric).
/// </para>
/// <para>
/// With one-hot embeddings φ = e_s the bonus of the n-th visit to s in the episode is <c>1/(λ + n − 1)</c>: an
/// episodic count bonus (first visit 1/λ). Arithmetic is in double; an update costs O(d²) and allocates nothing.
/// </para>
/// </remarks>
public sealed class EllipticalCovariance
{
    private readonly double[] _inverse;
    private readonly double[] _u;

    /// <summary>Creates the matrix for embeddings of <paramref name="dimension"/> floats.</summary>
    /// <param name="dimension">d ≥ 1.</param>
    /// <param name="ridge">λ &gt; 0, the prior C = λI (0.1 in the paper's code).</param>
    public EllipticalCovariance(int dimension, double ridge = 0.1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (!(ridge > 0) || !double.IsFinite(ridge))
        {
            throw new ArgumentOutOfRangeException(nameof(ridge), ridge, "The ridge must be positive and finite.");
        }

        Dimension = dimension;
        Ridge = ridge;
        _inverse = new double[dimension * dimension];
        _u = new double[dimension];
        Reset();
    }

    /// <summary>d, the embedding size.</summary>
    public int Dimension { get; }

    /// <summary>λ, the ridge.</summary>
    public double Ridge { get; }

    /// <summary>C⁻¹, row-major d×d.</summary>
    public ReadOnlySpan<double> Inverse => _inverse;

    /// <summary>Forgets every embedding: C⁻¹ = I/λ.</summary>
    public void Reset()
    {
        Array.Clear(_inverse);
        for (int i = 0; i < Dimension; i++)
        {
            _inverse[(i * Dimension) + i] = 1.0 / Ridge;
        }
    }

    /// <summary>The bonus φᵀC⁻¹φ without changing C.</summary>
    /// <param name="embedding">φ, <see cref="Dimension"/> floats.</param>
    /// <returns>The bonus.</returns>
    public double Bonus(ReadOnlySpan<float> embedding)
    {
        Check(embedding);
        int d = Dimension;
        double b = 0;
        for (int i = 0; i < d; i++)
        {
            double row = 0;
            ReadOnlySpan<double> r = _inverse.AsSpan(i * d, d);
            for (int j = 0; j < d; j++)
            {
                row += r[j] * embedding[j];
            }

            b += embedding[i] * row;
        }

        return b;
    }

    /// <summary>Returns the bonus φᵀC⁻¹φ, then adds φφᵀ to C (Sherman–Morrison on C⁻¹).</summary>
    /// <param name="embedding">φ, <see cref="Dimension"/> floats.</param>
    /// <returns>The bonus before the update.</returns>
    public double Add(ReadOnlySpan<float> embedding)
    {
        Check(embedding);
        int d = Dimension;
        double b = 0;
        for (int i = 0; i < d; i++)
        {
            double row = 0;
            ReadOnlySpan<double> r = _inverse.AsSpan(i * d, d);
            for (int j = 0; j < d; j++)
            {
                row += r[j] * embedding[j];
            }

            _u[i] = row;
            b += embedding[i] * row;
        }

        double scale = 1.0 / (1.0 + b);
        for (int i = 0; i < d; i++)
        {
            double ui = _u[i] * scale;
            Span<double> r = _inverse.AsSpan(i * d, d);
            for (int j = 0; j < d; j++)
            {
                r[j] -= ui * _u[j];
            }
        }

        return b;
    }

    private void Check(ReadOnlySpan<float> embedding)
    {
        if (embedding.Length != Dimension)
        {
            throw new ArgumentException($"The embedding must have {Dimension} entries; got {embedding.Length}.", nameof(embedding));
        }
    }
}
