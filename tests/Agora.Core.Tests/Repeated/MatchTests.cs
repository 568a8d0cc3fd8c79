using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

public sealed class MatchTests
{
    [Fact]
    public void Tit_for_tat_against_alternator_gives_the_known_strings_scores_and_states()
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), new TitForTat(), new Alternator(), new MatchOptions { Turns = 6 });
        MatchResult result = match.Play(1);
        Assert.Equal("CCDCDC", result.Moves[0]);
        Assert.Equal("CDCDCD", result.Moves[1]);
        Assert.Equal([3, 0, 5, 0, 5, 0], result.Payoffs[0]);
        Assert.Equal([13.0, 18.0], result.Scores);
        Assert.Equal([4, 3], result.Cooperations);
        Assert.Equal([1, 3, 2, 0], result.StateCounts); // CC, CD, DC, DD from seat 0's view
        Assert.Equal(1, result.Winner);
    }

    [Fact]
    public void The_default_length_is_the_games_own()
    {
        Assert.Equal(200, new Match(NormalFormGames.PrisonersDilemma(), new Cooperator(), new Defector()).Play(0).Turns);
        Assert.Equal(10, new Match(NormalFormGames.AkataBattleOfTheSexes(), new Cooperator(), new Defector()).Play(0).Turns);
    }

    [Fact]
    public void Noise_flips_are_recorded_in_both_histories_so_tit_for_tat_copies_the_flipped_move()
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), new TitForTat(), new Cooperator(), new MatchOptions { Turns = 2000, Noise = 0.1 });
        MatchResult result = match.Play(5);
        string tft = result.Moves[0];
        string cooperator = result.Moves[1];
        double flipRate = cooperator.Count(c => c == 'D') / 2000.0;
        Assert.InRange(flipRate, 0.08, 0.12);

        // TFT's intended move is the opponent's last recorded move; its own recorded move differs only by its own flip.
        int disagreements = Enumerable.Range(1, 1999).Count(t => tft[t] != cooperator[t - 1]);
        Assert.InRange(disagreements / 1999.0, 0.08, 0.12);
    }

    [Fact]
    public void Full_noise_flips_every_move_and_draws_nothing()
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), new Cooperator(), new Defector(), new MatchOptions { Turns = 5, Noise = 1 });
        MatchResult result = match.Play(0);
        Assert.Equal("DDDDD", result.Moves[0]);
        Assert.Equal("CCCCC", result.Moves[1]);
    }

    [Fact]
    public void Probabilistic_ending_is_geometric_with_the_right_mean_and_capped_by_turns()
    {
        var uncapped = new Match(NormalFormGames.PrisonersDilemma(), new Cooperator(), new Cooperator(), new MatchOptions { ProbEnd = 0.1 });
        double mean = Enumerable.Range(0, 4000).Average(seed => uncapped.PlayInPlace((ulong)seed).Turns);
        Assert.InRange(mean, 9.5, 10.5); // E = 1/p

        var capped = new Match(NormalFormGames.PrisonersDilemma(), new Cooperator(), new Cooperator(), new MatchOptions { ProbEnd = 0.01, Turns = 7 });
        Assert.All(Enumerable.Range(0, 200), seed => Assert.InRange(capped.PlayInPlace((ulong)seed).Turns, 1, 7));
    }

    [Fact]
    public void Players_are_told_the_length_only_when_it_is_fixed()
    {
        var fixedLength = new Match(NormalFormGames.PrisonersDilemma(), new Alexei(), new Cooperator(), new MatchOptions { Turns = 4 });
        Assert.Equal("CCCD", fixedLength.Play(0).Moves[0]);
        var unknown = new Match(NormalFormGames.PrisonersDilemma(), new Alexei(), new Cooperator(), new MatchOptions { Turns = 4, ProbEnd = 0.0001 });
        Assert.DoesNotContain('D', unknown.Play(0).Moves[0]);
    }

    [Fact]
    public void Discounting_weights_turn_t_by_delta_to_the_t()
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), new Cooperator(), new Cooperator(), new MatchOptions { Turns = 3, Discount = 0.5 });
        MatchResult result = match.Play(0);
        Assert.Equal(9, result.Scores[0]);
        Assert.Equal(3 * (1 + 0.5 + 0.25), result.DiscountedScores[0], 12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_match_and_another_seed_another()
    {
        MatchResult Play(ulong seed) => new Match(NormalFormGames.PrisonersDilemma(), new RandomStrategy(), new FirstByGrofman(), new MatchOptions { Noise = 0.05 }).Play(seed);
        Assert.Equal(Play(3).Moves, Play(3).Moves);
        Assert.NotEqual(Play(3).Moves, Play(4).Moves);
    }

    [Fact]
    public void A_match_allocates_nothing_per_turn_after_warm_up()
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), ZeroDeterminantPlayer.Extort2(), new Gradual(), new MatchOptions { Turns = 100_000, Noise = 0.01 });
        match.PlayInPlace(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        MatchSummary summary = match.PlayInPlace(2);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100_000, summary.Turns);
        Assert.True(allocated < 1_000, $"{allocated} bytes for 100,000 turns");
    }

    [Theory]
    [InlineData("pd")] // integer payoffs: totals from the state counts
    [InlineData("fractional")] // non-integer payoffs: totals summed turn by turn
    [InlineData("rps")] // three actions: totals summed turn by turn
    public void Totals_equal_the_running_sum_of_the_per_turn_payoffs_in_play_order(string game)
    {
        MatrixGame stage = game switch
        {
            "pd" => NormalFormGames.PrisonersDilemma(),
            "fractional" => NormalFormGames.Symmetric("fractional", "PD with 0.1-step payoffs", 0.3, 0.1, 0.7, 0.2, "C", "D", 200),
            _ => NormalFormGames.RockPaperScissors(),
        };
        foreach (ulong seed in new ulong[] { 1, 2, 3 })
        {
            var match = new Match(stage, new RandomStrategy(0.3), ZeroDeterminantPlayer.Extort2(), new MatchOptions { Turns = 1000, Noise = seed == 3 ? 0.1 : 0 });
            MatchSummary summary = match.PlayInPlace(seed);
            ReadOnlySpan<int> moves0 = match.Moves0;
            ReadOnlySpan<int> moves1 = match.Moves1;
            double running0 = 0, running1 = 0;
            int cooperations0 = 0, cooperations1 = 0;
            for (int t = 0; t < summary.Turns; t++)
            {
                running0 += stage.Payoff(0, moves0[t], moves1[t]);
                running1 += stage.Payoff(1, moves0[t], moves1[t]);
                cooperations0 += moves0[t] == 0 ? 1 : 0;
                cooperations1 += moves1[t] == 0 ? 1 : 0;
            }

            // Bitwise equality: the running sum in play order is what the totals have always been.
            Assert.Equal(BitConverter.DoubleToInt64Bits(running0), BitConverter.DoubleToInt64Bits(summary.Score0));
            Assert.Equal(BitConverter.DoubleToInt64Bits(running1), BitConverter.DoubleToInt64Bits(summary.Score1));
            Assert.Equal((cooperations0, cooperations1), (summary.Cooperations0, summary.Cooperations1));
            Assert.InRange(cooperations0, 1, summary.Turns - 1);
        }
    }

    [Fact]
    public void Options_refuse_out_of_range_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchOptions { Noise = -0.1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchOptions { Noise = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchOptions { Turns = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchOptions { ProbEnd = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new MatchOptions { Discount = 1.5 });
        var tft = new TitForTat();
        Assert.Throws<ArgumentException>(() => new Match(NormalFormGames.PrisonersDilemma(), tft, tft));
    }

    [Fact]
    public void Rock_paper_scissors_noise_moves_to_one_of_the_other_actions()
    {
        var match = new Match(NormalFormGames.RockPaperScissors(), new Cooperator(), new Cooperator(), new MatchOptions { Turns = 3000, Noise = 0.3 });
        MatchResult result = match.Play(9);
        Assert.InRange(result.Moves[0].Count(c => c == 'P'), 350, 550);
        Assert.InRange(result.Moves[0].Count(c => c == 'S'), 350, 550);
    }
}
