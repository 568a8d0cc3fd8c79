namespace Agora.Core.MultiAgent.Cabn;

/// <summary>The DAGs of the tabular CABN experiment (the authors' <c>graph</c> choices).</summary>
public enum BayesNetDag
{
    /// <summary><c>all_zeros</c>: no edges, independent policies.</summary>
    Empty,

    /// <summary>
    /// <c>line</c>: edges i → i+1 for i = 0 … n−3 (the authors' <c>get_line</c>), so agent n−1 is left out and n = 2
    /// has no edge at all.
    /// </summary>
    Line,

    /// <summary><c>all_ones</c>: the complete upper-triangular DAG, every j &lt; i a parent of i.</summary>
    Complete,
}

/// <summary>Parent sets of a <see cref="BayesNetDag"/>.</summary>
public static class BayesNetDags
{
    /// <summary>The parents of each agent, in increasing order (all lower-indexed, so index order is topological).</summary>
    /// <param name="dag">The DAG.</param>
    /// <param name="agents">n.</param>
    /// <returns>One parent list per agent.</returns>
    public static int[][] Parents(BayesNetDag dag, int agents) => Enumerable.Range(0, agents).Select(i => dag switch
    {
        BayesNetDag.Complete => Enumerable.Range(0, i).ToArray(),
        BayesNetDag.Line => i >= 1 && i <= agents - 2 ? [i - 1] : [],
        _ => Array.Empty<int>(),
    }).ToArray();

    /// <summary>Parses the authors' names (<c>all_zeros</c>, <c>line</c>, <c>all_ones</c>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The DAG.</returns>
    public static BayesNetDag Parse(string name) => name switch
    {
        "all_zeros" => BayesNetDag.Empty,
        "line" => BayesNetDag.Line,
        "all_ones" => BayesNetDag.Complete,
        _ => throw new ArgumentException($"Unknown DAG '{name}': expected all_zeros, line or all_ones.", nameof(name)),
    };
}
