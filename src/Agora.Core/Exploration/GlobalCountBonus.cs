namespace Agora.Core.Exploration;

/// <summary>The global count bonus <c>1/√N(s)</c>, with N counted over all of training (never reset).</summary>
/// <remarks>
/// Henaff, Jiang and Raileanu (ICML 2023), following the count-based bonuses of Bellemare et al. (2016) and Strehl
/// and Littman (2008): <c>b_gl(s') = 1/√N(s')</c> where N includes the current visit. In the paper's code
/// (facebookresearch/e3b, <c>src/algos/count.py</c>) the counts live per actor process for the whole run.
/// </remarks>
public sealed class GlobalCountBonus : IExplorationBonus
{
    private readonly Dictionary<ulong, int> _counts = [];

    /// <inheritdoc />
    public string Name => "global";

    /// <summary>The number of distinct states seen so far.</summary>
    public int DistinctStates => _counts.Count;

    /// <inheritdoc />
    public void BeginEpisode()
    {
        // Global counts span all of training.
    }

    /// <inheritdoc />
    public double Visit(ulong stateKey)
    {
        ref int n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, stateKey, out _);
        n++;
        return 1.0 / Math.Sqrt(n);
    }

    /// <summary>The count N(s) of a state.</summary>
    /// <param name="stateKey">The state's key.</param>
    /// <returns>How often it was visited.</returns>
    public int Count(ulong stateKey) => _counts.GetValueOrDefault(stateKey);
}
