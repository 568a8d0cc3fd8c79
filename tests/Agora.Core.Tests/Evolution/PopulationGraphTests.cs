using Agora.Core.Evolution;

namespace Agora.Core.Tests.Evolution;

public sealed class PopulationGraphTests
{
    [Fact]
    public void A_cycle_joins_each_node_to_its_two_neighbours()
    {
        var cycle = PopulationGraph.Cycle(6);
        Assert.Equal([3, 5], cycle.OutNeighbours(4).ToArray());
        Assert.Equal([1, 5], cycle.OutNeighbours(0).ToArray());
        Assert.Equal([3, 5], cycle.InNeighbours(4).ToArray());
        Assert.Equal(12, cycle.Edges().Count());
    }

    [Fact]
    public void A_directed_cycle_only_points_forward_but_partners_go_both_ways()
    {
        var cycle = PopulationGraph.Cycle(5, directed: true);
        Assert.Equal([3], cycle.OutNeighbours(2).ToArray());
        Assert.Equal([1], cycle.InNeighbours(2).ToArray());
        Assert.Equal([1, 3], cycle.Partners(2).ToArray());
        Assert.True(cycle.HasEdge(4, 0));
        Assert.False(cycle.HasEdge(0, 4));
    }

    [Fact]
    public void A_periodic_lattice_gives_every_node_four_neighbours()
    {
        var lattice = PopulationGraph.Lattice(3, 4);
        Assert.Equal(12, lattice.NodeCount);
        for (int node = 0; node < 12; node++)
        {
            Assert.Equal(4, lattice.OutNeighbours(node).Length);
        }

        // Node 0 = (row 0, column 0): right 1, left 3 (wrapped), down 4, up 8 (wrapped).
        Assert.Equal([1, 3, 4, 8], lattice.OutNeighbours(0).ToArray());
        var open = PopulationGraph.Lattice(3, 4, periodic: false);
        Assert.Equal([1, 4], open.OutNeighbours(0).ToArray());
    }

    [Fact]
    public void Complete_graphs_self_loops_and_edge_lists_behave_as_axelrods()
    {
        var complete = PopulationGraph.Complete(4);
        Assert.Equal([0, 1, 3], complete.OutNeighbours(2).ToArray());
        Assert.False(complete.HasEdge(2, 2));
        var loops = complete.WithSelfLoops();
        Assert.Equal([0, 1, 2, 3], loops.OutNeighbours(2).ToArray());
        Assert.Equal([0, 1, 3], loops.Partners(2).ToArray());
        var custom = PopulationGraph.FromEdges(3, [(0, 1), (0, 1), (2, 1)], directed: true);
        Assert.Equal([1], custom.OutNeighbours(0).ToArray());
        Assert.Equal([0, 2], custom.InNeighbours(1).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationGraph.FromEdges(3, [(0, 3)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationGraph.Cycle(1));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    public void Attached_complete_graphs_are_axelrods_two_cliques_joined_at_their_first_nodes(int size, bool loops)
    {
        // axelrod.graph.attached_complete_graphs: edges ("c:i", "c:j") for i < j in each cluster, then ("0:0", "1:0");
        // vertex "c:i" is node c·size + i. Undirected edges are stored both ways, loops once.
        var expected = new SortedSet<(int, int)>();
        for (int cluster = 0; cluster < 2; cluster++)
        {
            for (int i = 0; i < size; i++)
            {
                for (int j = i + 1; j < size; j++)
                {
                    expected.Add(((cluster * size) + i, (cluster * size) + j));
                    expected.Add(((cluster * size) + j, (cluster * size) + i));
                }
            }
        }

        expected.Add((0, size));
        expected.Add((size, 0));
        if (loops)
        {
            for (int v = 0; v < 2 * size; v++)
            {
                expected.Add((v, v));
            }
        }

        var graph = PopulationGraph.AttachedComplete(size, loops);
        Assert.Equal(2 * size, graph.NodeCount);
        Assert.Equal(expected, graph.Edges().ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => PopulationGraph.AttachedComplete(0));
    }
}
