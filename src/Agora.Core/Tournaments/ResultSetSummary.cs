namespace Agora.Core.Tournaments;

/// <summary>Axelrod's <c>ResultSet.summarise()</c> rows, computed from the ResultSet's matrices.</summary>
internal static class ResultSetSummary
{
    public static SummaryRow[] Rows(
        string[] names,
        int[] ranking,
        double[][] normalisedScores,
        int[][] wins,
        double[] cooperatingRating,
        double[] initialRate,
        IReadOnlyList<double>[][] normalisedStates,
        IReadOnlyList<double>[][] normalisedToC)
    {
        var rows = new SummaryRow[ranking.Length];
        for (int rank = 0; rank < ranking.Length; rank++)
        {
            int i = ranking[rank];
            rows[rank] = new SummaryRow(
                rank,
                i,
                names[i],
                ResultSetBuilder.Median(normalisedScores[i]),
                cooperatingRating[i],
                ResultSetBuilder.Median([.. wins[i].Select(w => (double)w)]),
                initialRate[i],
                StateRates(normalisedStates[i], i),
                StateToCooperation(normalisedToC[i]));
        }

        return rows;
    }

    // Sum of the per-opponent normalised distributions (self excluded), renormalised: an unweighted mean over opponents.
    private static double[] StateRates(IReadOnlyList<double>[] row, int self)
    {
        var sums = new double[4];
        for (int j = 0; j < row.Length; j++)
        {
            if (j == self)
            {
                continue;
            }

            for (int s = 0; s < 4; s++)
            {
                sums[s] += row[j][s];
            }
        }

        double total = sums.Sum();
        return total == 0 ? [0, 0, 0, 0] : [.. sums.Select(x => x / total)];
    }

    // Axelrod's definition (spec §5 item 9): mean over opponents with a non-zero P(C | state) only.
    private static double[] StateToCooperation(IReadOnlyList<double>[] row)
    {
        var rates = new double[4];
        for (int s = 0; s < 4; s++)
        {
            double[] nonZero = [.. row.Select(p => p[s]).Where(p => p > 0)];
            rates[s] = nonZero.Length == 0 ? 0 : nonZero.Average();
        }

        return rates;
    }
}
