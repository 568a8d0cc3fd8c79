using System.Text.Json;
using Agora.Cli.Plotting;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Tournaments;

namespace Agora.Cli.Tests.Tournaments;

public sealed class TournamentPlotDataTests
{
    // A prob_end tournament, so match lengths vary, with a random player, so wins vary across repetitions.
    private static ResultSet Play()
    {
        string[] names = ["Cooperator", "Defector", "Tit For Tat", "Grudger", "Random: 0.5", "Alternator"];
        var options = new TournamentOptions { ProbEnd = 0.1, Turns = 60, Repetitions = 7 };
        return new Tournament(MatrixGame.PrisonersDilemma(60), [.. names.Select(StrategyRegistry.Create)], options).Play(3);
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
    }

    [Fact]
    public void The_plot_data_follows_axelrods_plot_py_orders_and_flattenings()
    {
        var results = Play();
        using var document = JsonDocument.Parse(ResultSetJson.Write(results));
        var data = TournamentPlotData.From(document.RootElement);
        int n = results.Players.Count;
        int[] ranking = [.. results.Ranking];

        Assert.Equal(ranking.Select(i => results.Players[i]), data.Names);

        // _winplot_dataset: sorted([(median(wins[i]), i)], reverse=True).
        var byWins = Enumerable.Range(0, n).Select(i => (Median: Median(results.Wins[i]), Index: i)).OrderByDescending(t => t.Median).ThenByDescending(t => t.Index).ToArray();
        Assert.Equal(byWins.Select(t => results.Players[t.Index]), data.WinNames);
        Assert.Equal(byWins.Select(t => results.Wins[t.Index].Select(w => (double)w)), data.Wins);

        // _sdv_plot_dataset: every opponent's differences, the player itself included, in rank order.
        for (int r = 0; r < n; r++)
        {
            Assert.Equal(results.ScoreDiffs[ranking[r]].SelectMany(d => d), data.ScoreDifferences[r]);
            Assert.Equal(n * 7, data.ScoreDifferences[r].Length);
        }

        // _pdplot_dataset and _payoff_dataset: the matrices permuted by the ranking.
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                Assert.Equal(results.PayoffDiffsMeans[ranking[a]][ranking[b]], data.PayoffDifferences[a, b]);
                Assert.Equal(results.PayoffMatrix[ranking[a]][ranking[b]], data.Payoffs[a, b]);
            }
        }

        // _lengthplot_dataset: [length for rep in match_lengths for length in rep[player]], in rank order.
        for (int r = 0; r < n; r++)
        {
            Assert.Equal(results.MatchLengths.SelectMany(rep => rep[ranking[r]]).Select(l => (double)l), data.MatchLengths[r]);
        }

        Assert.True(data.MatchLengths.SelectMany(l => l).Distinct().Count() > 3, "prob_end should give matches of many lengths");
    }
}
