using Agora.Core.Evolution;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Evolution;

/// <summary>Death–birth must schedule only the games that give the dead node's neighbours their fitness (spec §5.2:
/// Axelrod schedules (0, 2), (0, 4), (1, 0), (1, 4) for dead = 4 on cycle(6)).</summary>
public sealed class MoranScheduleTests
{
    private static Strategy[] Mixed(int n) => [.. Enumerable.Range(0, n).Select(i => i % 2 == 0 ? (Strategy)new TitForTat() : new Defector())];

    [Fact]
    public void Death_birth_on_cycle_six_with_dead_four_schedules_only_the_neighbours_games()
    {
        var process = new MoranProcess(Mixed(6), new MoranOptions { Mode = MoranMode.DeathBirth, InteractionGraph = PopulationGraph.Cycle(6) }, seed: 1);
        // Neighbours 3 and 5 compete; 3 plays 2 (and the vacant 4, skipped), 5 plays 0 (and 4); lexicographic order.
        Assert.Equal([new MatchPair(0, 5), new MatchPair(2, 3)], process.DeathBirthSchedule(4));
    }

    [Fact]
    public void Every_death_birth_generation_plays_only_games_of_the_dead_nodes_neighbours_and_picks_a_neighbour_as_parent()
    {
        var cycle = PopulationGraph.Cycle(8);
        var process = new MoranProcess(Mixed(8), new MoranOptions { Mode = MoranMode.DeathBirth, InteractionGraph = cycle, Match = Turns(20) }, seed: 7);
        int checkedGenerations = 0;
        for (int g = 0; g < 200 && !process.IsFixated; g++)
        {
            process.Step();
            int dead = process.LastDead;
            int[] neighbours = cycle.OutNeighbours(dead).ToArray();
            Assert.Contains(process.LastParent, neighbours);
            Assert.Equal(process.DeathBirthSchedule(dead), process.LastSchedule);
            Assert.Equal(2, process.LastSchedule.Count);
            Assert.All(process.LastSchedule, pair =>
            {
                Assert.False(pair.Involves(dead));
                Assert.Contains(neighbours, pair.Involves);
            });
            checkedGenerations++;
        }

        Assert.True(checkedGenerations > 5);
    }

    [Fact]
    public void Birth_death_plays_every_interaction_pair_in_lexicographic_order()
    {
        var process = new MoranProcess(Mixed(4), new MoranOptions(), seed: 3);
        Assert.Equal(
            [new(0, 1), new(0, 2), new(0, 3), new(1, 2), new(1, 3), new(2, 3)],
            process.BirthDeathSchedule());
        process.Step();
        Assert.Equal(process.BirthDeathSchedule(), process.LastSchedule);
    }

    [Fact]
    public void Death_birth_on_a_complete_graph_schedules_all_games_among_the_survivors()
    {
        var process = new MoranProcess(Mixed(5), new MoranOptions { Mode = MoranMode.DeathBirth }, seed: 3);
        Assert.Equal(
            [new(0, 1), new(0, 3), new(0, 4), new(1, 3), new(1, 4), new(3, 4)],
            process.DeathBirthSchedule(2));
    }

    [Fact]
    public void On_a_directed_reproduction_graph_only_in_neighbours_can_fill_the_vacancy()
    {
        // Offspring flow 0 → 1 → 2 → 3 → 0 only: when 2 dies, 1 is the only candidate.
        var options = new MoranOptions
        {
            Mode = MoranMode.DeathBirth,
            InteractionGraph = PopulationGraph.Cycle(4),
            ReproductionGraph = PopulationGraph.Cycle(4, directed: true),
        };
        var process = new MoranProcess(Mixed(4), options, seed: 5);
        Assert.Equal([new MatchPair(0, 1)], process.DeathBirthSchedule(2));
        for (int g = 0; g < 50 && !process.IsFixated; g++)
        {
            process.Step();
            Assert.Equal((process.LastDead + 3) % 4, process.LastParent);
        }
    }

    private static MatchOptions Turns(int turns) => new() { Turns = turns };
}
