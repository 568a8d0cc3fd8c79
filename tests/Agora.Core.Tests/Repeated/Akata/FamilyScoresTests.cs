using Agora.Core.Games;
using Agora.Core.Repeated.Akata;

namespace Agora.Core.Tests.Repeated.Akata;

public sealed class FamilyScoresTests
{
    [Fact]
    public void Family_means_and_the_overall_mean_leave_out_the_tragic_family()
    {
        var scores = new FamilyScores();
        scores.Add("A", "Win-win", 1.0);
        scores.Add("A", "Win-win", 0.5);
        scores.Add("A", "PD Family", 0.25);
        scores.Add("A", "Tragic", 0.0);
        scores.Add("B", "Win-win", 0.2);

        Assert.Equal(0.75, scores.Mean("A", "Win-win"), 12);
        Assert.Equal(0.25, scores.Mean("A", "PD Family"), 12);
        Assert.Equal(0.0, scores.Mean("A", "Tragic"), 12);
        Assert.Equal(2, scores.Count("A", "Win-win"));

        // Overall weighs every observation once: (1 + 0.5 + 0.25) / 3, not the mean of family means (0.5).
        Assert.Equal(1.75 / 3, scores.Overall("A"), 12);
        Assert.Equal(0.2, scores.Overall("B"), 12);
        Assert.True(double.IsNaN(scores.Mean("B", "Tragic")));
        Assert.Equal(["A", "B"], scores.Players);
        Assert.Equal(["Win-win", "PD Family", "Tragic"], scores.Families);
    }

    [Fact]
    public void Nine_pairings_of_the_non_tragic_games_give_the_papers_1224_games_by_family()
    {
        // Akata et al.: "1,224 games in total: 324 win-win, 63 Prisoner's Dilemma, 171 unfair, 162 cyclic, 396 biased
        // and 108 second-best" (three LLMs, all 3 × 3 ordered pairs); the released table's families times 9 give exactly that.
        var counts = RobinsonGoforth.All.Where(g => g.Family != FamilyScores.ExcludedFamily).GroupBy(g => g.Family).ToDictionary(g => g.Key, g => g.Count() * 9);
        Assert.Equal(324, counts["Win-win"]);
        Assert.Equal(63, counts["PD Family"]);
        Assert.Equal(171, counts["Unfair"]);
        Assert.Equal(162, counts["Cyclic"]);
        Assert.Equal(396, counts["Biased"]);
        Assert.Equal(108, counts["Second Best"]);
        Assert.Equal(1224, counts.Values.Sum());
        Assert.Equal(8, RobinsonGoforth.All.Count(g => g.Family == FamilyScores.ExcludedFamily));
    }
}
