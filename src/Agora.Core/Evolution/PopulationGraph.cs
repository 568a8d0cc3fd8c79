namespace Agora.Core.Evolution;

/// <summary>Who meets whom in a structured population: nodes 0..N−1 and directed edges, as Axelrod's
/// <c>axelrod.graph.Graph</c>.</summary>
/// <remarks>
/// An undirected graph stores each edge in both directions. Neighbour lists are sorted and free of duplicates, so every
/// schedule built from them has a defined order. A self-loop (i, i) is allowed; the Moran process uses it only in the
/// reproduction graph (a parent may replace itself), never as a game.
/// <threadsafety>Immutable; safe to share between threads and processes.</threadsafety>
/// </remarks>
public sealed class PopulationGraph
{
    private readonly int[][] _out;
    private readonly int[][] _in;
    private readonly int[][] _partners;

    private PopulationGraph(int nodes, bool directed, IEnumerable<(int From, int To)> edges)
    {
        NodeCount = nodes;
        Directed = directed;
        var outSets = new SortedSet<int>[nodes];
        var inSets = new SortedSet<int>[nodes];
        for (int i = 0; i < nodes; i++)
        {
            outSets[i] = [];
            inSets[i] = [];
        }

        foreach ((int from, int to) in edges)
        {
            if ((uint)from >= (uint)nodes || (uint)to >= (uint)nodes)
            {
                throw new ArgumentOutOfRangeException(nameof(edges), $"Edge ({from}, {to}) names a node outside 0..{nodes - 1}.");
            }

            outSets[from].Add(to);
            inSets[to].Add(from);
            if (!directed)
            {
                outSets[to].Add(from);
                inSets[from].Add(to);
            }
        }

        _out = [.. outSets.Select(s => s.ToArray())];
        _in = [.. inSets.Select(s => s.ToArray())];
        _partners = new int[nodes][];
        for (int i = 0; i < nodes; i++)
        {
            var partners = new SortedSet<int>(outSets[i]);
            partners.UnionWith(inSets[i]);
            partners.Remove(i);
            _partners[i] = [.. partners];
        }
    }

    /// <summary>The number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Whether edges have a direction (an undirected graph stores both directions).</summary>
    public bool Directed { get; }

    /// <summary>The nodes j with an edge i → j, ascending.</summary>
    /// <param name="node">The node i.</param>
    /// <returns>The out-neighbours.</returns>
    public ReadOnlySpan<int> OutNeighbours(int node) => _out[node];

    /// <summary>The nodes j with an edge j → i, ascending.</summary>
    /// <param name="node">The node i.</param>
    /// <returns>The in-neighbours.</returns>
    public ReadOnlySpan<int> InNeighbours(int node) => _in[node];

    /// <summary>The other nodes joined to <paramref name="node"/> by an edge in either direction, ascending: the
    /// opponents it plays in the interaction graph.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The partners (never the node itself).</returns>
    public ReadOnlySpan<int> Partners(int node) => _partners[node];

    /// <summary>Whether the edge <paramref name="from"/> → <paramref name="to"/> exists.</summary>
    /// <param name="from">The source.</param>
    /// <param name="to">The target.</param>
    /// <returns>True when the edge exists.</returns>
    public bool HasEdge(int from, int to) => Array.BinarySearch(_out[from], to) >= 0;

    /// <summary>Every stored directed edge (both directions of an undirected edge), in lexicographic order.</summary>
    /// <returns>The edges.</returns>
    public IEnumerable<(int From, int To)> Edges()
    {
        for (int i = 0; i < NodeCount; i++)
        {
            foreach (int j in _out[i])
            {
                yield return (i, j);
            }
        }
    }

    /// <summary>The complete graph on <paramref name="nodes"/> nodes (Axelrod's <c>complete_graph</c>).</summary>
    /// <param name="nodes">At least 1.</param>
    /// <param name="selfLoops">Whether each node also has an edge to itself.</param>
    /// <returns>The graph.</returns>
    public static PopulationGraph Complete(int nodes, bool selfLoops = false)
    {
        CheckNodes(nodes, 1);
        return new PopulationGraph(nodes, directed: false, AllPairs(nodes, selfLoops));
    }

    /// <summary>The cycle 0 − 1 − … − (N−1) − 0 (Axelrod's <c>cycle</c>).</summary>
    /// <param name="nodes">At least 2.</param>
    /// <param name="directed">Whether edges run only i → i+1.</param>
    /// <returns>The graph.</returns>
    public static PopulationGraph Cycle(int nodes, bool directed = false)
    {
        CheckNodes(nodes, 2);
        return new PopulationGraph(nodes, directed, Enumerable.Range(0, nodes).Select(i => (i, (i + 1) % nodes)));
    }

    /// <summary>
    /// Two complete graphs of <paramref name="clusterSize"/> nodes joined by one edge between their first nodes (Axelrod's
    /// <c>attached_complete_graphs</c>): node <c>c·clusterSize + i</c> is Axelrod's vertex <c>"c:i"</c>, in the order its
    /// edge list introduces them.
    /// </summary>
    /// <param name="clusterSize">Nodes per cluster, at least 1.</param>
    /// <param name="selfLoops">Whether each node also has an edge to itself (Axelrod's <c>loops</c>, default true there).</param>
    /// <returns>The graph on 2·<paramref name="clusterSize"/> nodes.</returns>
    public static PopulationGraph AttachedComplete(int clusterSize, bool selfLoops = false)
    {
        CheckNodes(clusterSize, 1);
        var edges = new List<(int, int)>();
        for (int cluster = 0; cluster < 2; cluster++)
        {
            int first = cluster * clusterSize;
            edges.AddRange(AllPairs(clusterSize, selfLoops).Select(e => (first + e.Item1, first + e.Item2)));
        }

        edges.Add((0, clusterSize));
        return new PopulationGraph(2 * clusterSize, directed: false, edges);
    }

    /// <summary>A rows × columns square lattice with von Neumann (4-) neighbourhoods; node = row·columns + column.</summary>
    /// <param name="rows">At least 1.</param>
    /// <param name="columns">At least 1; rows · columns at least 2.</param>
    /// <param name="periodic">Whether the edges wrap around (a torus, every node then has up to four neighbours).</param>
    /// <returns>The graph.</returns>
    public static PopulationGraph Lattice(int rows, int columns, bool periodic = true)
    {
        CheckNodes(rows, 1);
        CheckNodes(columns, 1);
        CheckNodes(rows * columns, 2);
        var edges = new List<(int, int)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                int node = (r * columns) + c;
                if (c + 1 < columns || (periodic && columns > 1))
                {
                    edges.Add((node, (r * columns) + ((c + 1) % columns)));
                }

                if (r + 1 < rows || (periodic && rows > 1))
                {
                    edges.Add((node, (((r + 1) % rows) * columns) + c));
                }
            }
        }

        return new PopulationGraph(rows * columns, directed: false, edges.Where(e => e.Item1 != e.Item2));
    }

    /// <summary>A graph from an edge list (Axelrod's <c>Graph(edges, directed)</c>).</summary>
    /// <param name="nodes">The number of nodes, at least 1.</param>
    /// <param name="edges">Pairs of node indices in 0..nodes−1; duplicates are merged.</param>
    /// <param name="directed">Whether an edge (i, j) runs only from i to j.</param>
    /// <returns>The graph.</returns>
    public static PopulationGraph FromEdges(int nodes, IEnumerable<(int From, int To)> edges, bool directed = false)
    {
        ArgumentNullException.ThrowIfNull(edges);
        CheckNodes(nodes, 1);
        return new PopulationGraph(nodes, directed, edges);
    }

    /// <summary>This graph with an edge from every node to itself added (Axelrod's default reproduction graph).</summary>
    /// <returns>The new graph.</returns>
    public PopulationGraph WithSelfLoops() =>
        new(NodeCount, Directed, Edges().Concat(Enumerable.Range(0, NodeCount).Select(i => (i, i))));

    private static IEnumerable<(int, int)> AllPairs(int nodes, bool selfLoops)
    {
        for (int i = 0; i < nodes; i++)
        {
            for (int j = selfLoops ? i : i + 1; j < nodes; j++)
            {
                yield return (i, j);
            }
        }
    }

    private static void CheckNodes(int value, int minimum)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A population graph needs at least {minimum} node(s) here, got {value}.");
        }
    }
}
