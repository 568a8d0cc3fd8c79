using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Agora.Core.Tournaments;

/// <summary>Writes a <see cref="ResultSet"/> as JSON with Axelrod's attribute names (<c>payoff_matrix</c>,
/// <c>normalised_scores</c> …) and as CSV tables (the summary, the interactions).</summary>
public static class ResultSetJson
{
    /// <summary>The states in the order used by every state array: (own, opponent).</summary>
    public static IReadOnlyList<string> States { get; } = ["CC", "CD", "DC", "DD"];

    /// <summary>The whole result set as UTF-8 JSON: options, players, every metric, the summary rows and (when kept) the interactions.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] Write(ResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var buffer = new ArrayBufferWriter<byte>(EstimatedSize(results));
        var numbers = new JsonNumberArrays();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("players");
            foreach (string p in results.Players)
            {
                w.WriteStringValue(p);
            }

            w.WriteEndArray();
            w.WriteNumber("repetitions", results.Repetitions);
            if (results.Options.Turns is { } turns)
            {
                w.WriteNumber("turns", turns);
            }

            w.WriteNumber("noise", results.Options.Noise);
            if (results.Options.ProbEnd is { } p0)
            {
                w.WriteNumber("prob_end", p0);
            }

            w.WritePropertyName("pairs");
            Nested(w, numbers, results.Pairs.Select(p => new[] { p.First, p.Second }));
            Ints(w, "ranking", results.Ranking);
            w.WriteStartArray("ranked_names");
            foreach (string name in results.RankedNames)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            Property(w, numbers, "scores", results.Scores);
            Property(w, numbers, "normalised_scores", results.NormalisedScores);
            Property(w, numbers, "wins", results.Wins);
            Property(w, numbers, "match_lengths", results.MatchLengths);
            Property(w, numbers, "payoffs", results.Payoffs);
            Property(w, numbers, "payoff_matrix", results.PayoffMatrix);
            Property(w, numbers, "payoff_stddevs", results.PayoffStddevs);
            Property(w, numbers, "score_diffs", results.ScoreDiffs);
            Property(w, numbers, "payoff_diffs_means", results.PayoffDiffsMeans);
            Property(w, numbers, "cooperation", results.Cooperation);
            Property(w, numbers, "normalised_cooperation", results.NormalisedCooperation);
            Property(w, numbers, "vengeful_cooperation", results.VengefulCooperation);
            Property(w, numbers, "cooperating_rating", results.CooperatingRating);
            Property(w, numbers, "good_partner_matrix", results.GoodPartnerMatrix);
            Property(w, numbers, "good_partner_rating", results.GoodPartnerRating);
            Property(w, numbers, "initial_cooperation_count", results.InitialCooperationCount);
            Property(w, numbers, "initial_cooperation_rate", results.InitialCooperationRate);
            Property(w, numbers, "state_distribution", results.StateDistribution.Select(row => row.Select(s => new[] { s.CC, s.CD, s.DC, s.DD })));
            Property(w, numbers, "normalised_state_distribution", results.NormalisedStateDistribution);
            Property(w, numbers, "state_to_c_distribution", results.StateToActionDistribution.Select(row => row.Select(s => new[] { s.ToC.CC, s.ToC.CD, s.ToC.DC, s.ToC.DD })));
            Property(w, numbers, "state_to_d_distribution", results.StateToActionDistribution.Select(row => row.Select(s => new[] { s.ToD.CC, s.ToD.CD, s.ToD.DC, s.ToD.DD })));
            Property(w, numbers, "normalised_state_to_c_distribution", results.NormalisedStateToCooperation);
            Property(w, numbers, "eigenjesus_rating", results.EigenjesusRating);
            Property(w, numbers, "eigenmoses_rating", results.EigenmosesRating);
            Property(w, numbers, "pooled_state_to_c_rates", results.PooledStateToCooperationRates);
            w.WriteStartArray("summary");
            foreach (SummaryRow row in results.Summary)
            {
                w.WriteStartObject();
                w.WriteNumber("Rank", row.Rank);
                w.WriteNumber("Player", row.Player);
                w.WriteString("Name", row.Name);
                w.WriteNumber("Median_score", row.MedianScore);
                w.WriteNumber("Cooperation_rating", row.CooperationRating);
                w.WriteNumber("Wins", row.Wins);
                w.WriteNumber("Initial_C_rate", row.InitialCooperationRate);
                for (int s = 0; s < 4; s++)
                {
                    w.WriteNumber(States[s] + "_rate", row.StateRates[s]);
                }

                for (int s = 0; s < 4; s++)
                {
                    w.WriteNumber(States[s] + "_to_C_rate", row.StateToCooperationRates[s]);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("interactions");
            foreach (TournamentInteraction m in results.Interactions)
            {
                w.WriteStartObject();
                w.WriteNumber("player", m.Player0);
                w.WriteNumber("opponent", m.Player1);
                w.WriteNumber("repetition", m.Repetition);
                w.WriteString("seed", m.Seed.ToString(CultureInfo.InvariantCulture));
                w.WriteString("actions", m.Moves0);
                w.WriteString("opponent_actions", m.Moves1);
                w.WriteNumber("score", m.Score0);
                w.WriteNumber("opponent_score", m.Score1);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The summary table as CSV (Axelrod's <c>write_summary</c> columns).</summary>
    /// <param name="results">The results.</param>
    /// <returns>UTF-8 CSV text.</returns>
    public static string SummaryCsv(ResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder("Rank,Name,Median_score,Cooperation_rating,Wins,Initial_C_rate,CC_rate,CD_rate,DC_rate,DD_rate,CC_to_C_rate,CD_to_C_rate,DC_to_C_rate,DD_to_C_rate\n");
        foreach (SummaryRow row in results.Summary)
        {
            text.Append(row.Rank.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Quote(row.Name));
            foreach (double x in (double[])[row.MedianScore, row.CooperationRating, row.Wins, row.InitialCooperationRate, .. row.StateRates, .. row.StateToCooperationRates])
            {
                text.Append(',').Append(x.ToString("R", CultureInfo.InvariantCulture));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One CSV row per match (self-play once): repetition, both indices and names, seed, both move strings, scores and turns.</summary>
    /// <param name="results">The results (with interactions kept).</param>
    /// <returns>UTF-8 CSV text.</returns>
    public static string InteractionsCsv(ResultSet results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder("Repetition,Player index,Opponent index,Player name,Opponent name,Seed,Actions,Opponent actions,Score,Opponent score,Turns\n");
        foreach (TournamentInteraction m in results.Interactions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Repetition},{m.Player0},{m.Player1},{Quote(results.Players[m.Player0])},{Quote(results.Players[m.Player1])},{m.Seed},{m.Moves0},{m.Moves1},{m.Score0.ToString("R", CultureInfo.InvariantCulture)},{m.Score1.ToString("R", CultureInfo.InvariantCulture)},{m.Moves0.Length}\n");
        }

        return text.ToString();
    }

    /// <summary>About the JSON's size, a little over for integer payoffs, so that the buffer is allocated once rather
    /// than doubled into the large-object heap a dozen times.</summary>
    private static int EstimatedSize(ResultSet results)
    {
        long n = results.Players.Count;
        long perRepetition = (3 * n * n) + (3 * n); // payoffs, score differences, lengths; scores, normalised scores, wins
        long moves = results.Interactions.Sum(m => (long)m.Moves0.Length + m.Moves1.Length + 128);
        return (int)Math.Min(int.MaxValue / 2, (perRepetition * results.Repetitions * 8) + moves + (1 << 16));
    }

    private static void WriteNumber(Utf8JsonWriter w, double d)
    {
        if (double.IsFinite(d))
        {
            w.WriteNumberValue(d);
        }
        else
        {
            w.WriteNullValue();
        }
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static void Ints(Utf8JsonWriter w, string name, IEnumerable<int> values)
    {
        w.WriteStartArray(name);
        foreach (int v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }

    private static void Property(Utf8JsonWriter w, JsonNumberArrays numbers, string name, System.Collections.IEnumerable values)
    {
        w.WritePropertyName(name);
        Nested(w, numbers, values);
    }

    private static void Nested(Utf8JsonWriter w, JsonNumberArrays numbers, System.Collections.IEnumerable values)
    {
        switch (values)
        {
            // The common leaves first, written as whole arrays (a 1000-repetition ResultSet holds about a million numbers).
            case IReadOnlyList<double> doubles:
                numbers.WriteDoubles(w, doubles);
                return;
            case IReadOnlyList<int> ints:
                numbers.WriteIntegers(w, ints);
                return;
            case IReadOnlyList<long> longs:
                numbers.WriteIntegers(w, longs);
                return;
        }

        w.WriteStartArray();
        foreach (object? v in values)
        {
            switch (v)
            {
                case double d:
                    WriteNumber(w, d);
                    break;
                case int i:
                    w.WriteNumberValue(i);
                    break;
                case long l:
                    w.WriteNumberValue(l);
                    break;
                case System.Collections.IEnumerable inner:
                    Nested(w, numbers, inner);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected value {v} in a result set.");
            }
        }

        w.WriteEndArray();
    }
}
