using Agora.Core.Evolution;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Evolution;

public sealed class ApproximateMoranTests
{
    [Fact]
    public void With_deterministic_players_the_approximate_process_repeats_the_exact_one()
    {
        Strategy[] players = [new TitForTat(), new Defector(), new Cooperator(), new Alternator(), new Defector()];
        var match = new MatchOptions { Turns = 50 };
        var table = OutcomeTable.Estimate(players, NormalFormGames.PrisonersDilemma(), match, samples: 3, seed: 0);
        Assert.Equal(10, table.Count); // 4 names: 4 self-pairs + 6 pairs
        MoranResult exact = new MoranProcess(players, new MoranOptions { Match = match }, seed: 8).Run();
        MoranResult approximate = ApproximateMoranProcess.Create(players, table, null, seed: 8).Run();
        Assert.Equal(exact.Populations, approximate.Populations);
        Assert.Equal(exact.ScoreHistory, approximate.ScoreHistory);
        Assert.Equal(0, approximate.MatchesPlayed);
    }

    [Fact]
    public void Sampling_follows_the_counts_and_reversed_keys_swap_the_scores()
    {
        var distribution = new OutcomeDistribution([new(((1.0, 2.0)), 1), new(((3.0, 0.5)), 3)]);
        var random = new AgoraRandom(3);
        int second = 0;
        for (int i = 0; i < 40_000; i++)
        {
            second += distribution.Sample(ref random) == (3.0, 0.5) ? 1 : 0;
        }

        // Binomial(40000, 0.75): sd 0.0022, so ±0.01 is beyond 4.5 sd.
        Assert.InRange(second / 40_000.0, 0.74, 0.76);
        var table = new OutcomeTable(new Dictionary<(string, string), OutcomeDistribution> { [("A", "B")] = distribution });
        var r = new AgoraRandom(1);
        (double row, double column) = table.Sample("B", "A", ref r);
        Assert.True((row, column) is (2.0, 1.0) or (0.5, 3.0));
    }

    [Fact]
    public void A_stochastic_approximate_run_is_reproducible_from_its_seed_and_needs_every_pair()
    {
        Strategy[] players = [new TitForTat(), new RandomStrategy(), new Defector()];
        var table = OutcomeTable.Estimate(players, NormalFormGames.PrisonersDilemma(), new MatchOptions { Turns = 20 }, samples: 50, seed: 4);
        MoranResult a = ApproximateMoranProcess.Create(players, table, null, seed: 5).Run();
        MoranResult b = ApproximateMoranProcess.Create(players, table, null, seed: 5).Run();
        Assert.Equal(a.Populations, b.Populations);
        Assert.Equal(a.ScoreHistory, b.ScoreHistory);
        var partial = new OutcomeTable(new Dictionary<(string, string), OutcomeDistribution> { [("Tit For Tat", "Defector")] = new([new((1.0, 1.0), 1)]) });
        Assert.Throws<ArgumentException>(() => ApproximateMoranProcess.Create([new TitForTat(), new Defector()], partial, null, 0));
    }
}
