using System.Text.Json;
using Agora.Core.Statistics;

namespace Agora.Cli.Plotting;

/// <summary>
/// What Axelrod's tournament plots read from a stored ResultSet, in the orders <c>axelrod/plot.py</c> uses: rank order
/// for every plot but the winplot, whose players are sorted by median wins.
/// </summary>
/// <param name="Names">Player names in rank order.</param>
/// <param name="NormalisedScores">Per ranked player, the normalised score of each repetition.</param>
/// <param name="WinNames">Player names by median wins, highest first (ties: the later player first, as Python's reversed tuple sort).</param>
/// <param name="Wins">Per player in <paramref name="WinNames"/> order, the wins of each repetition.</param>
/// <param name="ScoreDifferences">Per ranked player, every (own − opponent) score per turn against every player, itself included, and repetition.</param>
/// <param name="Payoffs">The payoff matrix with rows and columns in rank order.</param>
/// <param name="PayoffDifferences">The mean score differences (<c>payoff_diffs_means</c>) with rows and columns in rank order.</param>
/// <param name="MatchLengths">Per ranked player, the length of each of its matches over every opponent and repetition.</param>
public sealed record TournamentPlotData(
    IReadOnlyList<string> Names,
    IReadOnlyList<double[]> NormalisedScores,
    IReadOnlyList<string> WinNames,
    IReadOnlyList<double[]> Wins,
    IReadOnlyList<double[]> ScoreDifferences,
    double[,] Payoffs,
    double[,] PayoffDifferences,
    IReadOnlyList<double[]> MatchLengths)
{
    /// <summary>Reads the plot data from a ResultSet JSON document (as <c>Agora.Core.Tournaments.ResultSetJson</c> writes it).</summary>
    /// <param name="resultSet">The root element.</param>
    /// <returns>The data.</returns>
    public static TournamentPlotData From(JsonElement resultSet)
    {
        int[] ranking = [.. resultSet.GetProperty("ranking").EnumerateArray().Select(e => e.GetInt32())];
        string[] names = [.. resultSet.GetProperty("players").EnumerateArray().Select(e => e.GetString()!)];
        double[][] scores = Rows(resultSet.GetProperty("normalised_scores"));
        double[][] wins = Rows(resultSet.GetProperty("wins"));
        double[][] payoff = Rows(resultSet.GetProperty("payoff_matrix"));
        double[][] payoffDiffs = Rows(resultSet.GetProperty("payoff_diffs_means"));
        JsonElement diffs = resultSet.GetProperty("score_diffs");
        JsonElement lengths = resultSet.GetProperty("match_lengths");
        int n = ranking.Length;

        // plot.py's _winplot_dataset: sorted([(median, i) ...], reverse=True).
        int[] byWins = [.. Enumerable.Range(0, n).OrderByDescending(i => Quantiles.OfSorted([.. wins[i].Order()], 0.5)).ThenByDescending(i => i)];
        return new TournamentPlotData(
            [.. ranking.Select(i => names[i])],
            [.. ranking.Select(i => scores[i])],
            [.. byWins.Select(i => names[i])],
            [.. byWins.Select(i => wins[i])],
            [.. ranking.Select(i => diffs[i].EnumerateArray().SelectMany(r => r.EnumerateArray().Select(x => x.GetDouble())).ToArray())],
            Ranked(payoff, ranking),
            Ranked(payoffDiffs, ranking),
            [.. ranking.Select(i => lengths.EnumerateArray().SelectMany(repetition => repetition[i].EnumerateArray().Select(x => x.GetDouble())).ToArray())]);
    }

    private static double[,] Ranked(double[][] matrix, int[] ranking)
    {
        int n = ranking.Length;
        var ranked = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                ranked[a, b] = matrix[ranking[a]][ranking[b]];
            }
        }

        return ranked;
    }

    private static double[][] Rows(JsonElement matrix) =>
        [.. matrix.EnumerateArray().Select(row => row.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray())];
}
