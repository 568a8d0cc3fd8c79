using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;
using Agora.Core.Tournaments;

namespace Agora.Core.Tests.Tournaments;

/// <summary>Cooperator, Defector and Tit For Tat, 3 turns, 2 repetitions, every ResultSet number worked out by hand.</summary>
public sealed class TournamentHandWorkedTests
{
    // The six matches (R, S, T, P) = (3, 0, 5, 1):
    //   Coop–Coop CCC/CCC 9:9 · Coop–Def CCC/DDD 0:15 · Coop–TFT CCC/CCC 9:9
    //   Def–Def DDD/DDD 3:3 · Def–TFT DDD/CDD 7:2 (5+1+1 : 0+1+1) · TFT–TFT CCC/CCC 9:9
    private static readonly ResultSet Results = new Tournament(
        MatrixGame.PrisonersDilemma(200),
        [new Cooperator(), new Defector(), new TitForTat()],
        new TournamentOptions { Turns = 3, Repetitions = 2 }).Play(seed: 5);

    private const int Coop = 0, Def = 1, Tft = 2;

    [Fact]
    public void Payoff_matrix_is_score_per_turn_with_self_play_kept()
    {
        double[][] expected = [[3, 0, 3], [5, 1, 7.0 / 3], [3, 2.0 / 3, 3]];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.Equal(expected[i][j], Results.PayoffMatrix[i][j], 12);
                Assert.Equal([expected[i][j], expected[i][j]], Results.Payoffs[i][j]);
                Assert.Equal(0, Results.PayoffStddevs[i][j]);
            }
        }

        Assert.Equal(-5, Results.PayoffDiffsMeans[Coop][Def], 12);
        Assert.Equal(5.0 / 3, Results.PayoffDiffsMeans[Def][Tft], 12);
        Assert.Equal(0, Results.PayoffDiffsMeans[Tft][Tft]);
    }

    [Fact]
    public void Scores_wins_and_ranking_exclude_self_play()
    {
        Assert.Equal([9.0, 9.0], Results.Scores[Coop]);
        Assert.Equal([22.0, 22.0], Results.Scores[Def]);
        Assert.Equal([11.0, 11.0], Results.Scores[Tft]);
        Assert.Equal(1.5, Results.NormalisedScores[Coop][0], 12);
        Assert.Equal(11.0 / 3, Results.NormalisedScores[Def][1], 12);
        Assert.Equal(11.0 / 6, Results.NormalisedScores[Tft][0], 12);
        Assert.Equal([Def, Tft, Coop], Results.Ranking);
        Assert.Equal(["Defector", "Tit For Tat", "Cooperator"], Results.RankedNames);
        Assert.Equal([0, 0], Results.Wins[Coop]);
        Assert.Equal([2, 2], Results.Wins[Def]);
        Assert.Equal([0, 0], Results.Wins[Tft]);
        Assert.All(Results.MatchLengths, rep => Assert.All(rep, row => Assert.Equal([3, 3, 3], row)));
    }

    [Fact]
    public void Cooperation_and_ratings_follow_axelrods_definitions()
    {
        Assert.Equal([6L, 6, 6], Results.Cooperation[Coop]);
        Assert.Equal([0L, 0, 0], Results.Cooperation[Def]);
        Assert.Equal([6L, 2, 6], Results.Cooperation[Tft]);
        Assert.Equal(1.0 / 3, Results.NormalisedCooperation[Tft][Def], 12);
        Assert.Equal(-1.0 / 3, Results.VengefulCooperation[Tft][Def], 12);
        Assert.Equal(-1, Results.VengefulCooperation[Def][Coop], 12);
        Assert.Equal([1.0, 0, 8.0 / 12], Results.CooperatingRating);
        Assert.Equal([0, 2, 2], Results.GoodPartnerMatrix[Coop]);
        Assert.Equal([0, 0, 0], Results.GoodPartnerMatrix[Def]);
        Assert.Equal([2, 2, 0], Results.GoodPartnerMatrix[Tft]);
        Assert.Equal([1.0, 0, 1], Results.GoodPartnerRating);
        Assert.Equal([4L, 0, 4], Results.InitialCooperationCount);
        Assert.Equal([1.0, 0, 1], Results.InitialCooperationRate);
    }

    [Fact]
    public void State_distributions_are_seen_from_the_row_player_and_exclude_self()
    {
        Assert.Equal(new StateCounts(0, 6, 0, 0), Results.StateDistribution[Coop][Def]);
        Assert.Equal(new StateCounts(0, 0, 6, 0), Results.StateDistribution[Def][Coop]);
        Assert.Equal(new StateCounts(0, 2, 0, 4), Results.StateDistribution[Tft][Def]);
        Assert.Equal(new StateCounts(0, 0, 2, 4), Results.StateDistribution[Def][Tft]);
        Assert.Equal(default, Results.StateDistribution[Tft][Tft]);
        Assert.Equal([0, 1.0 / 3, 0, 2.0 / 3], Results.NormalisedStateDistribution[Tft][Def]);

        // TFT against Defector: after CD it defects, after DD it defects (once each per match).
        var tftDef = Results.StateToActionDistribution[Tft][Def];
        Assert.Equal(new StateCounts(0, 0, 0, 0), tftDef.ToC);
        Assert.Equal(new StateCounts(0, 2, 0, 2), tftDef.ToD);
        Assert.Equal(new StateCounts(4, 0, 0, 0), Results.StateToActionDistribution[Tft][Coop].ToC);
        Assert.Equal([1.0, 0, 0, 0], Results.NormalisedStateToCooperation[Tft][Coop]);
    }

    [Fact]
    public void Summary_rows_come_in_rank_order_with_axelrods_rates()
    {
        SummaryRow tft = Results.Summary[1];
        Assert.Equal((1, Tft, "Tit For Tat"), (tft.Rank, tft.Player, tft.Name));
        Assert.Equal(11.0 / 6, tft.MedianScore, 12);
        Assert.Equal(2.0 / 3, tft.CooperationRating, 12);
        Assert.Equal(0, tft.Wins);
        Assert.Equal(1, tft.InitialCooperationRate);

        // Normalised per opponent: vs Coop CC = 1; vs Def CD = 1/3, DD = 2/3; summed and renormalised over 2.
        Assert.Equal([0.5, 1.0 / 6, 0, 1.0 / 3], tft.StateRates.Select(x => Math.Round(x, 12)), new ToleranceComparer());
        Assert.Equal([1.0, 0, 0, 0], tft.StateToCooperationRates);
        Assert.Equal([1.0, 0, 0, 0], Results.PooledStateToCooperationRates[Tft]);
    }

    [Fact]
    public void Eigenjesus_converges_to_the_cooperators_eigenvector()
    {
        // Normalised cooperation [[1,1,1],[0,0,0],[1,1/3,1]]: after one step the Defector's entry is 0 and the rest is
        // the all-ones 2×2 block, whose principal eigenvector is (1, 1)/√2.
        Assert.Equal(Math.Sqrt(0.5), Results.EigenjesusRating[Coop], 3);
        Assert.Equal(0, Results.EigenjesusRating[Def], 12);
        Assert.Equal(Math.Sqrt(0.5), Results.EigenjesusRating[Tft], 3);
        Assert.Equal(1, Results.EigenmosesRating.Sum(x => x * x), 9);
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
