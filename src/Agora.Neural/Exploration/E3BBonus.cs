namespace Agora.Neural.Exploration;

/// <summary>E3B, the elliptical episodic bonus: <c>b(s') = φ(s')ᵀC⁻¹φ(s')</c> with C the covariance of this episode's embeddings.</summary>
/// <remarks>
/// Henaff, Raileanu, Jiang and Rocktäschel, "Exploration via Elliptical Episodic Bonuses" (NeurIPS 2022); settings from
/// facebookresearch/e3b (<c>src/algos/e3b_noveld.py</c>): ridge λ = 0.1, φ learned by an inverse-dynamics model
/// (<see cref="InverseDynamicsEmbedding"/>). At <see cref="BeginEpisode"/> C⁻¹ is reset to I/λ and φ(s₀) is added
/// without reward (the paper's bonus is 0 at the first step); each step returns the bonus of φ(s') and then adds it
/// (<see cref="EllipticalCovariance.Add"/>). The transition is passed to the embedding to learn from after φ(s') is
/// computed. Several bonuses (one per environment copy) may share one embedding.
/// </remarks>
public sealed class E3BBonus : ITransitionBonus
{
    private readonly IEmbedding _embedding;
    private readonly EllipticalCovariance _covariance;
    private readonly float[] _phi;

    /// <summary>Creates the bonus.</summary>
    /// <param name="embedding">φ; learned (<see cref="InverseDynamicsEmbedding"/>) or fixed.</param>
    /// <param name="ridge">λ &gt; 0 (default 0.1, the paper's).</param>
    public E3BBonus(IEmbedding embedding, double ridge = 0.1)
    {
        ArgumentNullException.ThrowIfNull(embedding);
        _embedding = embedding;
        _covariance = new EllipticalCovariance(embedding.Dimension, ridge);
        _phi = new float[embedding.Dimension];
    }

    /// <inheritdoc />
    public string Name => "e3b";

    /// <summary>The episode's inverse covariance.</summary>
    public EllipticalCovariance Covariance => _covariance;

    /// <inheritdoc />
    public void BeginEpisode(ReadOnlySpan<float> observation)
    {
        _covariance.Reset();
        _embedding.Embed(observation, _phi);
        _covariance.Add(_phi);
    }

    /// <inheritdoc />
    public double Step(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        _embedding.Embed(nextObservation, _phi);
        double b = _covariance.Add(_phi);
        _embedding.Record(observation, action, nextObservation);
        return b;
    }
}
