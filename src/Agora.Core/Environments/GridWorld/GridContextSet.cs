using Agora.Core.Randomness;

namespace Agora.Core.Environments.GridWorld;

/// <summary>Exactly C distinct layouts of a task, the fixed contexts of a contextual MDP.</summary>
/// <remarks>
/// Henaff et al.'s sweep draws C level seeds once and each episode picks one at random. Two seeds can give the same
/// level (small grids have few), so here candidate seeds <c>DeriveSeed(contextSeed, k)</c>, k = 0, 1, …, are
/// generated in order and a layout identical to an earlier one is skipped, which makes "C contexts" mean C different
/// levels. A task with fewer than C distinct levels is refused.
/// </remarks>
public sealed class GridContextSet
{
    private readonly GridLayout[] _layouts;

    /// <summary>Generates the contexts.</summary>
    /// <param name="task">The task.</param>
    /// <param name="count">C, the number of distinct layouts; positive.</param>
    /// <param name="contextSeed">The seed of the candidates.</param>
    /// <param name="numAgents">Agents per layout.</param>
    /// <exception cref="ArgumentException">The task cannot produce <paramref name="count"/> distinct layouts.</exception>
    public GridContextSet(GridTask task, int count, ulong contextSeed, int numAgents)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var layouts = new List<GridLayout>(count);
        var seen = new Dictionary<ulong, List<GridLayout>>();
        int maxCandidates = (count * 50) + 200;
        for (int k = 0; layouts.Count < count; k++)
        {
            if (k >= maxCandidates)
            {
                throw new ArgumentException($"Task {task.Id} gave only {layouts.Count} distinct layouts in {maxCandidates} seeds; it cannot supply {count} contexts.", nameof(count));
            }

            GridLayout layout = task.CreateLayout(AgoraRandom.DeriveSeed(contextSeed, k), numAgents);
            if (!seen.TryGetValue(layout.Fingerprint, out List<GridLayout>? bucket))
            {
                bucket = [];
                seen.Add(layout.Fingerprint, bucket);
            }

            if (bucket.Exists(l => l.SameAs(layout)))
            {
                continue;
            }

            bucket.Add(layout);
            layouts.Add(layout);
        }

        _layouts = layouts.ToArray();
    }

    /// <summary>The number of contexts.</summary>
    public int Count => _layouts.Length;

    /// <summary>Context <paramref name="index"/>.</summary>
    /// <param name="index">Between 0 and <see cref="Count"/> − 1.</param>
    public GridLayout this[int index] => _layouts[index];

    /// <summary>The context an episode seed selects (uniformly).</summary>
    /// <param name="episodeSeed">The seed passed to reset.</param>
    /// <returns>The layout.</returns>
    public GridLayout Select(ulong episodeSeed)
    {
        var rng = new AgoraRandom(episodeSeed).Fork("context");
        return _layouts[rng.NextInt(_layouts.Length)];
    }
}
