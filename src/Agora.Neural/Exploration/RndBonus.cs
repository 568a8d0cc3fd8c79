namespace Agora.Neural.Exploration;

/// <summary>The RND bonus <c>e(s') = ‖f̂(s') − f(s')‖₂</c>, a global novelty bonus (the predictor learns over all of training).</summary>
/// <remarks>Burda et al. (ICLR 2019). The error is read before s' joins the predictor's training batch. Copies may share one <see cref="RandomNetworkDistillation"/>.</remarks>
public sealed class RndBonus : ITransitionBonus
{
    private readonly RandomNetworkDistillation _rnd;

    /// <summary>Creates the bonus.</summary>
    /// <param name="rnd">The networks.</param>
    public RndBonus(RandomNetworkDistillation rnd)
    {
        ArgumentNullException.ThrowIfNull(rnd);
        _rnd = rnd;
    }

    /// <inheritdoc />
    public string Name => "rnd";

    /// <inheritdoc />
    public void BeginEpisode(ReadOnlySpan<float> observation)
    {
        // Global: nothing resets.
    }

    /// <inheritdoc />
    public double Step(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        double e = _rnd.Error(nextObservation);
        _rnd.Record(nextObservation);
        return e;
    }
}
