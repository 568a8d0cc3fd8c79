using Agora.Core.Evolution;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Evolution;

public sealed class MoranProcessTests
{
    private static readonly MatchOptions TenTurns = new() { Turns = 10 };

    [Fact]
    public void Fitness_is_the_sum_of_scores_per_turn_against_every_other_player()
    {
        var process = new MoranProcess([new TitForTat(), new Defector(), new Cooperator()], new MoranOptions { Match = TenTurns }, seed: 0);
        process.Step();
        // 10 turns: TFT v D = 9 : 14, TFT v C = 30 : 30, D v C = 50 : 0; per turn and summed over opponents.
        Assert.Equal([0.9 + 3.0, 1.4 + 5.0, 3.0 + 0.0], process.Result().ScoreHistory[0]);
    }

    [Fact]
    public void A_run_records_every_generation_and_ends_with_one_type_holding_every_node()
    {
        Strategy[] players = [new TitForTat(), new TitForTat(), new Defector(), new Defector(), new Alternator()];
        MoranResult result = new MoranProcess(players, null, seed: 11).Run();
        Assert.NotNull(result.Winner);
        Assert.Equal(result.Generations + 1, result.Populations.Count);
        Assert.Equal(result.Generations, result.ScoreHistory.Count);
        Assert.Equal(new Dictionary<string, int> { ["Alternator"] = 1, ["Defector"] = 2, ["Tit For Tat"] = 2 }, result.Populations[0]);
        Assert.All(result.Populations, p => Assert.Equal(5, p.Values.Sum()));
        Assert.Equal(new Dictionary<string, int> { [result.Winner!] = 5 }, result.Populations[^1]);
        Assert.Equal(["Alternator", "Defector", "Tit For Tat"], result.Types);
    }

    [Fact]
    public void The_same_seed_gives_the_same_run_and_the_caller_players_are_not_touched()
    {
        Strategy[] players = [new TitForTat(), new RandomStrategy(), new Defector(), new GenerousTitForTat()];
        var options = new MoranOptions { Match = new MatchOptions { Turns = 30, Noise = 0.05 } };
        MoranResult a = new MoranProcess(players, options, seed: 42).Run();
        MoranResult b = new MoranProcess(players, options, seed: 42).Run();
        Assert.Equal(a.Winner, b.Winner);
        Assert.Equal(a.Generations, b.Generations);
        Assert.Equal(a.ScoreHistory, b.ScoreHistory);
        Assert.Equal(a.Populations, b.Populations);
    }

    [Fact]
    public void Memoised_pairs_are_keyed_by_full_names_so_parameterised_cyclers_never_share_results()
    {
        // Both cyclers are class Cycler; Axelrod's cache keys on the class name and would give DDC the CCD result.
        Strategy[] players = [new TitForTat(), new Cycler("CCD"), new Cycler("DDC"), new Cycler("CCD"), new TitForTat()];
        Assert.Equal("Cycler: CCD", players[1].Name);
        Assert.Equal("Cycler: DDC", players[2].Name);
        var memo = new MoranProcess(players, new MoranOptions { Match = TenTurns }, seed: 9);
        var plain = new MoranProcess(players, new MoranOptions { Match = TenTurns, Memoise = false }, seed: 9);
        memo.Step();
        plain.Step();

        double Direct(Strategy a, Strategy b, int seat)
        {
            var summary = new Match(NormalFormGames.PrisonersDilemma(), a.Clone(), b.Clone(), TenTurns).PlayInPlace(0);
            return (seat == 0 ? summary.Score0 : summary.Score1) / summary.Turns;
        }

        double tftVsCcd = Direct(players[0], players[1], 0);
        double tftVsDdc = Direct(players[0], players[2], 0);
        Assert.NotEqual(tftVsCcd, tftVsDdc);
        double expectedTft = (2 * tftVsCcd) + tftVsDdc + Direct(players[0], players[4], 0);
        Assert.Equal(expectedTft, memo.Result().ScoreHistory[0][0], 12);
        Assert.Equal(plain.Result().ScoreHistory[0], memo.Result().ScoreHistory[0]);

        // Ten games; (0,3) repeats (TFT, CCD) of (0,1) and (3,4) repeats (CCD, TFT) of (1,4): 8 plays and 2 memo hits.
        Assert.Equal(8L, memo.MatchesPlayed);
        Assert.Equal(2L, memo.MemoHits);
        Assert.Equal(10L, plain.MatchesPlayed);

        MoranResult memoRun = memo.Run();
        MoranResult plainRun = plain.Run();
        Assert.Equal(plainRun.Populations, memoRun.Populations);
        Assert.Equal(plainRun.Winner, memoRun.Winner);
        Assert.True(memoRun.MatchesPlayed < plainRun.MatchesPlayed);
    }

    [Fact]
    public void Transition_mutation_at_rate_one_always_gives_a_different_initial_type()
    {
        Strategy[] players = [new TitForTat(), new Defector(), new Cooperator(), new TitForTat()];
        var process = new MoranProcess(players, new MoranOptions { Match = TenTurns, MutationRate = 1, MaxGenerations = 60 }, seed: 4);
        string[] initialTypes = ["Cooperator", "Defector", "Tit For Tat"];
        for (int g = 0; g < 60; g++)
        {
            string[] before = process.Names();
            process.Step();
            string offspring = process.Names()[process.LastDead];
            Assert.NotEqual(before[process.LastParent], offspring);
            Assert.Contains(offspring, initialTypes);
        }

        Assert.Equal(60, process.Result().Generations);
    }

    [Fact]
    public void Atomic_mutation_flips_exactly_one_gene_of_a_cycler()
    {
        Strategy[] players = [new Cycler("CCD"), new Cycler("DDC"), new Cycler("CDCD")];
        var process = new MoranProcess(players, new MoranOptions { Match = TenTurns, MutationRate = 1, Mutation = MutationMethod.Atomic }, seed: 2);
        for (int g = 0; g < 40; g++)
        {
            string[] before = process.Names();
            process.Step();
            string child = process.Names()[process.LastDead]["Cycler: ".Length..];
            string mother = before[process.LastParent]["Cycler: ".Length..];
            Assert.Equal(mother.Length, child.Length);
            Assert.Equal(1, mother.Zip(child).Count(p => p.First != p.Second));
        }

        Assert.True(process.Result().Types.Count > 3);
        Assert.Throws<ArgumentException>(() => new MoranProcess([new TitForTat(), new Cycler()], new MoranOptions { MutationRate = 0.1, Mutation = MutationMethod.Atomic }, 0));
    }

    [Fact]
    public void A_negative_fitness_is_refused_with_the_node_named()
    {
        var options = new MoranOptions { Match = TenTurns, FitnessTransformation = f => f - 100 };
        var process = new MoranProcess([new TitForTat(), new Defector()], options, seed: 0);
        var error = Assert.Throws<InvalidOperationException>(process.Step);
        Assert.Contains("Node 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generation_allocates_nothing_per_turn()
    {
        // A fixated population of stochastic players: every game is played (no memo) and no node changes type.
        Strategy[] players = [.. Enumerable.Range(0, 5).Select(_ => (Strategy)new RandomStrategy())];
        var process = new MoranProcess(players, new MoranOptions { Match = new MatchOptions { Turns = 2000 }, RecordHistory = false }, seed: 1);
        process.Step();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int g = 0; g < 20; g++)
        {
            process.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(200L, process.MatchesPlayed - 10);
        Assert.True(allocated < 1000, $"20 generations of 10 games × 2000 turns allocated {allocated} bytes");
    }

    [Fact]
    public void Bad_population_and_graph_sizes_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MoranProcess([new TitForTat()], null, 0));
        Assert.Throws<ArgumentException>(() => new MoranProcess([new TitForTat(), null!], null, 0));
        Assert.Throws<ArgumentException>(() => new MoranProcess([new TitForTat(), new Defector()], new MoranOptions { InteractionGraph = PopulationGraph.Cycle(3) }, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MoranOptions { MutationRate = 1.5 });
    }
}
