namespace Agora.Neural.Exploration;

/// <summary>NovelD's novelty difference <c>max(e(s') − α·e(s), 0)</c> on RND errors e.</summary>
/// <remarks>
/// Zhang et al., "NovelD: A Simple yet Effective Exploration Criterion" (NeurIPS 2021), as used by the ICML 2023 code
/// (facebookresearch/e3b, <c>scale_fac</c> = α): α = 0.1 for E3B×NovelD, α = 0 gives plain RND (E3B×RND). NovelD's
/// own episodic first-visit gate is left to the product with an episodic bonus, as in that code.
/// </remarks>
public sealed class NovelDBonus : ITransitionBonus
{
    private readonly RandomNetworkDistillation _rnd;

    /// <summary>Creates the bonus.</summary>
    /// <param name="rnd">The networks.</param>
    /// <param name="scale">α ≥ 0 (default 0.1).</param>
    public NovelDBonus(RandomNetworkDistillation rnd, double scale = 0.1)
    {
        ArgumentNullException.ThrowIfNull(rnd);
        if (!(scale >= 0) || !double.IsFinite(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The NovelD scale must be finite and at least 0.");
        }

        _rnd = rnd;
        Scale = scale;
    }

    /// <summary>α.</summary>
    public double Scale { get; }

    /// <inheritdoc />
    public string Name => "noveld";

    /// <inheritdoc />
    public void BeginEpisode(ReadOnlySpan<float> observation)
    {
        // Global: nothing resets.
    }

    /// <inheritdoc />
    public double Step(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        double before = _rnd.Error(observation);
        double after = _rnd.Error(nextObservation);
        _rnd.Record(nextObservation);
        return Math.Max(after - (Scale * before), 0);
    }
}
