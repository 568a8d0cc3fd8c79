using System.Text.Json;

namespace Agora.Cli.Plotting;

/// <summary>What Axelrod's tournament plots read from a stored ResultSet, with players in rank order.</summary>
/// <param name="Names">Player names in rank order.</param>
/// <param name="NormalisedScores">Per ranked player, the normalised score of each repetition.</param>
/// <param name="Wins">Per ranked player, the wins of each repetition.</param>
/// <param name="ScoreDifferences">Per ranked player, every (own − opponent) score per turn against every other player and repetition.</param>
/// <param name="Payoffs">The payoff matrix with rows and columns in rank order.</param>
public sealed record TournamentPlotData(
    IReadOnlyList<string> Names,
    IReadOnlyList<double[]> NormalisedScores,
    IReadOnlyList<double[]> Wins,
    IReadOnlyList<double[]> ScoreDifferences,
    double[,] Payoffs)
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
        JsonElement diffs = resultSet.GetProperty("score_diffs");
        int n = ranking.Length;
        var payoffs = new double[n, n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                payoffs[a, b] = payoff[ranking[a]][ranking[b]];
            }
        }

        return new TournamentPlotData(
            [.. ranking.Select(i => names[i])],
            [.. ranking.Select(i => scores[i])],
            [.. ranking.Select(i => wins[i])],
            [.. ranking.Select(i => diffs[i].EnumerateArray().Where((_, j) => j != i).SelectMany(r => r.EnumerateArray().Select(x => x.GetDouble())).ToArray())],
            payoffs);
    }

    private static double[][] Rows(JsonElement matrix) =>
        [.. matrix.EnumerateArray().Select(row => row.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Null ? double.NaN : x.GetDouble()).ToArray())];
}
