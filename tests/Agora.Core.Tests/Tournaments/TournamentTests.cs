using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;
using Agora.Core.Tournaments;

namespace Agora.Core.Tests.Tournaments;

public sealed class TournamentTests
{
    private static Strategy[] Players(IReadOnlyList<string> names) => [.. names.Select(StrategyRegistry.Create)];

    [Fact]
    public void Serial_and_parallel_runs_are_bit_identical()
    {
        var players = Players(TournamentPresets.First);
        var options = new TournamentOptions { Turns = 30, Repetitions = 3, Noise = 0.05, KeepInteractions = true };
        ResultSet serial = new Tournament(MatrixGame.PrisonersDilemma(200), players, options).Play(11);
        ResultSet parallel = new Tournament(MatrixGame.PrisonersDilemma(200), players, options with { Jobs = 4 }).Play(11);
        Assert.Equal(serial.Outcomes, parallel.Outcomes);
        Assert.Equal(serial.Interactions, parallel.Interactions);
        Assert.Equal(serial.Ranking, parallel.Ranking);
        Assert.Equal(serial.NormalisedScores.SelectMany(x => x), parallel.NormalisedScores.SelectMany(x => x));
        Assert.Equal(serial.EigenmosesRating, parallel.EigenmosesRating);
        Assert.Equal(serial.Summary.Select(r => r.MedianScore), parallel.Summary.Select(r => r.MedianScore));
    }

    [Fact]
    public void Cached_deterministic_matches_are_keyed_by_full_name_so_cyclers_do_not_collide()
    {
        var game = MatrixGame.PrisonersDilemma(200);
        var cache = new DeterministicMatchCache();
        ResultSet results = new Tournament(game, [new Cycler("CCD"), new Cycler("DDC"), new TitForTat()], new TournamentOptions { Turns = 9, Repetitions = 2 }, cache).Play(0);

        MatchResult ccd = new Match(game, new Cycler("CCD"), new TitForTat(), new MatchOptions { Turns = 9 }).Play(0);
        MatchResult ddc = new Match(game, new Cycler("DDC"), new TitForTat(), new MatchOptions { Turns = 9 }).Play(0);
        Assert.Equal(ccd.Scores[0] / 9, results.PayoffMatrix[0][2], 12);
        Assert.Equal(ddc.Scores[0] / 9, results.PayoffMatrix[1][2], 12);
        Assert.NotEqual(results.PayoffMatrix[0][2], results.PayoffMatrix[1][2]);
        Assert.True(cache.TryGet(DeterministicMatchKey.For(new Cycler("CCD"), new TitForTat(), game, 9), out var cachedCcd));
        Assert.True(cache.TryGet(DeterministicMatchKey.For(new Cycler("DDC"), new TitForTat(), game, 9), out var cachedDdc));
        Assert.Equal(("CCDCCDCCD", "CCCDCCDCC"), (cachedCcd.Moves0, cachedCcd.Moves1));
        Assert.Equal(("DDCDDCDDC", "CDDCDDCDD"), (cachedDdc.Moves0, cachedDdc.Moves1));
        Assert.Equal(6, cache.Count); // six pairs, each played once although there are two repetitions
    }

    [Fact]
    public void The_cache_key_includes_game_and_length()
    {
        var pd = MatrixGame.PrisonersDilemma(200);
        var a = DeterministicMatchKey.For(new TitForTat(), new Defector(), pd, 10);
        Assert.NotEqual(a, DeterministicMatchKey.For(new TitForTat(), new Defector(), pd, 11));
        Assert.NotEqual(a, DeterministicMatchKey.For(new TitForTat(), new Defector(), MatrixGame.MatchingPennies(200), 10));
        Assert.NotEqual(a, DeterministicMatchKey.For(new Defector(), new TitForTat(), pd, 10));
    }

    [Fact]
    public void Stochastic_noisy_or_prob_end_matches_are_never_cached()
    {
        var game = MatrixGame.PrisonersDilemma(200);
        var cache = new DeterministicMatchCache();
        ResultSet results = new Tournament(game, [new TitForTat(), new Defector()], new TournamentOptions { Turns = 50, ProbEnd = 0.2, Repetitions = 20 }, cache).Play(3);
        Assert.Equal(0, cache.Count);
        int[] lengths = [.. results.MatchLengths.Select(rep => rep[0][1])];
        Assert.All(lengths, t => Assert.InRange(t, 1, 50));
        Assert.True(lengths.Distinct().Count() > 3, "geometric lengths vary across repetitions");
        new Tournament(game, [new TitForTat(), new RandomStrategy()], new TournamentOptions { Turns = 5 }, cache).Play(3);
        Assert.Equal(1, cache.Count); // only TFT against itself
    }

    [Fact]
    public void Every_outcome_and_interaction_equals_a_fresh_replay_of_that_match()
    {
        // Grofman draws only after a disagreement, so against TFT and Cooperator it never does and its first play is
        // reused; against Defector and Random it draws every time. The deterministic pairs come from the cache.
        var game = MatrixGame.PrisonersDilemma(200);
        Strategy[] players = [new TitForTat(), new FirstByGrofman(), new Cooperator(), new Defector(), new RandomStrategy()];
        var options = new TournamentOptions { Turns = 12, Repetitions = 5, KeepInteractions = true };
        var tournament = new Tournament(game, players, options);
        ResultSet results = tournament.Play(21);

        for (int k = 0; k < results.Pairs.Count; k++)
        {
            var (i, j) = results.Pairs[k];
            var replay = new Match(game, players[i].Clone(), players[j].Clone(), new MatchOptions { Turns = 12 });
            for (int r = 0; r < 5; r++)
            {
                ulong seed = Tournament.MatchSeed(21, k, r);
                MatchResult expected = replay.Play(seed);
                TournamentInteraction got = results.Interactions[(k * 5) + r];
                Assert.Equal((expected.Moves[0], expected.Moves[1], seed, r), (got.Moves0, got.Moves1, got.Seed, got.Repetition));
                Assert.Equal(new MatchOutcome(12, expected.Scores[0], expected.Scores[1], expected.Cooperations[0], expected.Cooperations[1]), results.Outcomes[(k * 5) + r]);
            }
        }

        int grofmanRandom = results.Pairs.ToList().IndexOf((1, 4));
        Assert.True(results.Interactions.Skip(grofmanRandom * 5).Take(5).Select(m => m.Moves0).Distinct().Count() > 1, "Grofman against Random differs between repetitions");
    }

    [Fact]
    public void A_match_knows_whether_it_drew_a_random_number()
    {
        var game = MatrixGame.PrisonersDilemma(200);
        var quiet = new Match(game, new FirstByGrofman(), new TitForTat(), new MatchOptions { Turns = 50 });
        quiet.PlayInPlace(1);
        Assert.False(quiet.LastPlayDrewRandomness); // always CC: Grofman never has to draw
        var drawing = new Match(game, new FirstByGrofman(), new Defector(), new MatchOptions { Turns = 3 });
        drawing.PlayInPlace(1);
        Assert.True(drawing.LastPlayDrewRandomness); // CD on turn 1: Grofman draws on turn 2
        var noisy = new Match(game, new TitForTat(), new TitForTat(), new MatchOptions { Turns = 3, Noise = 0.1 });
        noisy.PlayInPlace(1);
        Assert.True(noisy.LastPlayDrewRandomness);
        var ending = new Match(game, new TitForTat(), new TitForTat(), new MatchOptions { Turns = 3, ProbEnd = 0.1 });
        ending.PlayInPlace(1);
        Assert.True(ending.LastPlayDrewRandomness);
    }

    [Fact]
    public void A_spatial_tournament_plays_only_its_edges()
    {
        var players = new Strategy[] { new Cooperator(), new Defector(), new TitForTat(), new Grudger() };
        var options = new TournamentOptions { Turns = 4, Repetitions = 2, Edges = [(0, 1), (1, 2), (2, 3)] };
        ResultSet results = new Tournament(MatrixGame.PrisonersDilemma(200), players, options).Play(0);
        Assert.Equal(3, results.Pairs.Count);
        Assert.Empty(results.Payoffs[0][2]);
        Assert.Equal(0, results.PayoffMatrix[0][2]);
        Assert.Equal(0, results.MatchLengths[0][0][3]);
        Assert.Equal(5, results.PayoffMatrix[1][0]); // Defector only meets Cooperator and TFT
        Assert.Equal((5 + 2.0) / 2, results.NormalisedScores[1][0], 12); // vs TFT over 4 turns: (5+1+1+1)/4 = 2
    }

    [Theory]
    [InlineData("appears in no edge")]
    [InlineData("outside")]
    [InlineData("twice")]
    public void Bad_edges_are_refused_with_a_message_naming_them(string problem)
    {
        (int, int)[] edges = problem switch
        {
            "appears in no edge" => [(0, 1)],
            "outside" => [(0, 1), (1, 2), (2, 3)],
            _ => [(0, 1), (1, 2), (2, 1)],
        };
        var e = Assert.Throws<ArgumentException>(() => new Tournament(
            MatrixGame.PrisonersDilemma(200),
            [new Cooperator(), new Defector(), new TitForTat()],
            new TournamentOptions { Edges = edges }));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_seeds_depend_only_on_tournament_seed_pair_and_repetition()
    {
        Assert.Equal(Tournament.MatchSeed(1, 2, 3), Tournament.MatchSeed(1, 2, 3));
        var seeds = new HashSet<ulong>();
        for (int k = 0; k < 20; k++)
        {
            for (int r = 0; r < 20; r++)
            {
                seeds.Add(Tournament.MatchSeed(1, k, r));
            }
        }

        Assert.Equal(400, seeds.Count);
    }

    [Fact]
    public void Options_refuse_bad_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TournamentOptions { Repetitions = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TournamentOptions { Noise = -0.1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TournamentOptions { ProbEnd = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TournamentOptions { Jobs = 0 });
        Assert.Throws<ArgumentException>(() => new Tournament(NormalFormGames.RockPaperScissors(), [new Cooperator(), new Defector()]));
    }
}
