namespace Agora.Core.Exploration;

/// <summary>How the episodic bonus turns the in-episode count into a reward.</summary>
public enum EpisodicBonusMode
{
    /// <summary><c>1[N_ep(s) = 1]</c>: 1 on the first visit in the episode, 0 after (the paper's setting).</summary>
    FirstVisit,

    /// <summary><c>1/√N_ep(s)</c>.</summary>
    InverseSquareRoot,
}

/// <summary>The episodic count bonus: counts restart at every episode.</summary>
/// <remarks>
/// Henaff, Jiang and Raileanu (ICML 2023), <c>b_ep(s') = 1[N_ep(s') = 1]</c>; their code
/// (facebookresearch/e3b, <c>src/algos/count.py</c>) stores <c>1/√N_ep</c> and thresholds it to the first-visit
/// indicator. Both forms are offered.
/// </remarks>
public sealed class EpisodicCountBonus : IExplorationBonus
{
    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>Creates the bonus.</summary>
    /// <param name="mode">First-visit indicator (default) or inverse square root.</param>
    public EpisodicCountBonus(EpisodicBonusMode mode = EpisodicBonusMode.FirstVisit) => Mode = mode;

    /// <summary>The form of the bonus.</summary>
    public EpisodicBonusMode Mode { get; }

    /// <inheritdoc />
    public string Name => "episodic";

    /// <inheritdoc />
    public void BeginEpisode() => _counts.Clear();

    /// <inheritdoc />
    public double Visit(ulong stateKey)
    {
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, stateKey, out _);
        n++;
        return Mode == EpisodicBonusMode.FirstVisit ? (n == 1 ? 1.0 : 0.0) : 1.0 / Math.Sqrt(n);
    }
}
