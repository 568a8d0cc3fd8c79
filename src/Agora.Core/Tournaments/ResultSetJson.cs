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
        using var buffer = new MemoryStream();
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
            Nested(w, results.Pairs.Select(p => new[] { p.First, p.Second }));
            Ints(w, "ranking", results.Ranking);
            w.WriteStartArray("ranked_names");
            foreach (string name in results.RankedNames)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            Property(w, "scores", results.Scores);
            Property(w, "normalised_scores", results.NormalisedScores);
            Property(w, "wins", results.Wins);
            Property(w, "match_lengths", results.MatchLengths);
            Property(w, "payoffs", results.Payoffs);
            Property(w, "payoff_matrix", results.PayoffMatrix);
            Property(w, "payoff_stddevs", results.PayoffStddevs);
            Property(w, "score_diffs", results.ScoreDiffs);
            Property(w, "payoff_diffs_means", results.PayoffDiffsMeans);
            Property(w, "cooperation", results.Cooperation);
            Property(w, "normalised_cooperation", results.NormalisedCooperation);
            Property(w, "vengeful_cooperation", results.VengefulCooperation);
            Property(w, "cooperating_rating", results.CooperatingRating);
            Property(w, "good_partner_matrix", results.GoodPartnerMatrix);
            Property(w, "good_partner_rating", results.GoodPartnerRating);
            Property(w, "initial_cooperation_count", results.InitialCooperationCount);
            Property(w, "initial_cooperation_rate", results.InitialCooperationRate);
            Property(w, "state_distribution", results.StateDistribution.Select(row => row.Select(s => new[] { s.CC, s.CD, s.DC, s.DD })));
            Property(w, "normalised_state_distribution", results.NormalisedStateDistribution);
            Property(w, "state_to_c_distribution", results.StateToActionDistribution.Select(row => row.Select(s => new[] { s.ToC.CC, s.ToC.CD, s.ToC.DC, s.ToC.DD })));
            Property(w, "state_to_d_distribution", results.StateToActionDistribution.Select(row => row.Select(s => new[] { s.ToD.CC, s.ToD.CD, s.ToD.DC, s.ToD.DD })));
            Property(w, "normalised_state_to_c_distribution", results.NormalisedStateToCooperation);
            Property(w, "eigenjesus_rating", results.EigenjesusRating);
            Property(w, "eigenmoses_rating", results.EigenmosesRating);
            Property(w, "pooled_state_to_c_rates", results.PooledStateToCooperationRates);
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

        return buffer.ToArray();
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

    private static void Property(Utf8JsonWriter w, string name, System.Collections.IEnumerable values)
    {
        w.WritePropertyName(name);
        Nested(w, values);
    }

    private static void Nested(Utf8JsonWriter w, System.Collections.IEnumerable values)
    {
        w.WriteStartArray();
        switch (values)
        {
            // The common leaves first, without boxing each number (a 1000-repetition ResultSet holds about a million).
            case IReadOnlyList<double> doubles:
                foreach (double d in doubles)
                {
                    WriteNumber(w, d);
                }

                w.WriteEndArray();
                return;
            case IReadOnlyList<int> ints:
                foreach (int i in ints)
                {
                    w.WriteNumberValue(i);
                }

                w.WriteEndArray();
                return;
        }

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
                    Nested(w, inner);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected value {v} in a result set.");
            }
        }

        w.WriteEndArray();
    }
}
