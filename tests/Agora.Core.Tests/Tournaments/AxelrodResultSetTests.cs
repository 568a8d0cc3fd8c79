using System.Text.Json;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Tournaments;

namespace Agora.Core.Tests.Tournaments;

/// <summary>Every ResultSet metric against Axelrod 4.13's own ResultSet for 8 deterministic players, 20 turns, 2
/// repetitions (recorded by tools/axelrod-reference/record_resultset.py into Data/axelrod-resultset-8x20x2.json).</summary>
public sealed class AxelrodResultSetTests
{
    private const double Tolerance = 1e-12;
    private static readonly JsonElement Reference = Load();
    private static readonly ResultSet Results = Play();

    private static JsonElement Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Tournaments", "Data", "axelrod-resultset-8x20x2.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    private static ResultSet Play()
    {
        Strategy[] players = [.. Reference.GetProperty("players").EnumerateArray().Select(p => StrategyRegistry.Create(p.GetString()!))];
        var options = new TournamentOptions { Turns = Reference.GetProperty("turns").GetInt32(), Repetitions = Reference.GetProperty("repetitions").GetInt32() };
        return new Tournament(NormalFormGames.PrisonersDilemma(), players, options).Play(seed: 1);
    }

    [Fact]
    public void Players_and_ranking_match()
    {
        Assert.Equal(Strings("players"), Results.Players);
        Assert.Equal(Ints("ranking"), Results.Ranking);
        Assert.Equal(Strings("ranked_names"), Results.RankedNames);
    }

    [Fact]
    public void Per_repetition_metrics_match()
    {
        AssertClose(Reference.GetProperty("scores"), Results.Scores);
        AssertClose(Reference.GetProperty("normalised_scores"), Results.NormalisedScores);
        AssertClose(Reference.GetProperty("wins"), Results.Wins.Select(r => r.Select(w => (double)w)));
        AssertClose(Reference.GetProperty("match_lengths"), Results.MatchLengths.Select(r => r.Select(row => row.Select(t => (double)t))));
        AssertClose(Reference.GetProperty("payoffs"), Results.Payoffs);
        AssertClose(Reference.GetProperty("score_diffs"), Results.ScoreDiffs);
    }

    [Fact]
    public void Pair_matrices_match()
    {
        AssertClose(Reference.GetProperty("payoff_matrix"), Results.PayoffMatrix);
        AssertClose(Reference.GetProperty("payoff_stddevs"), Results.PayoffStddevs);
        AssertClose(Reference.GetProperty("payoff_diffs_means"), Results.PayoffDiffsMeans);
        AssertClose(Reference.GetProperty("cooperation"), Results.Cooperation.Select(r => r.Select(c => (double)c)));
        AssertClose(Reference.GetProperty("normalised_cooperation"), Results.NormalisedCooperation);
        AssertClose(Reference.GetProperty("vengeful_cooperation"), Results.VengefulCooperation);
        AssertClose(Reference.GetProperty("good_partner_matrix"), Results.GoodPartnerMatrix.Select(r => r.Select(c => (double)c)));
    }

    [Fact]
    public void Player_ratings_match()
    {
        AssertClose(Reference.GetProperty("cooperating_rating"), Results.CooperatingRating);
        AssertClose(Reference.GetProperty("good_partner_rating"), Results.GoodPartnerRating);
        AssertClose(Reference.GetProperty("initial_cooperation_count"), Results.InitialCooperationCount.Select(c => (double)c));
        AssertClose(Reference.GetProperty("initial_cooperation_rate"), Results.InitialCooperationRate);
        AssertClose(Reference.GetProperty("eigenjesus_rating"), Results.EigenjesusRating, 1e-9);
        AssertClose(Reference.GetProperty("eigenmoses_rating"), Results.EigenmosesRating, 1e-9);
    }

    [Fact]
    public void State_and_state_to_action_distributions_match()
    {
        string[] states = ["CC", "CD", "DC", "DD"];
        int n = Results.Players.Count;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var counts = Reference.GetProperty("state_distribution")[i][j];
                var normalised = Reference.GetProperty("normalised_state_distribution")[i][j];
                var transitions = Reference.GetProperty("state_to_action_distribution")[i][j];
                var probabilities = Reference.GetProperty("normalised_state_to_action_distribution")[i][j];
                for (int s = 0; s < 4; s++)
                {
                    Assert.Equal(Count(counts, states[s]), Results.StateDistribution[i][j][s]);
                    Assert.Equal(Number(normalised, states[s]), Results.NormalisedStateDistribution[i][j][s], Tolerance);
                    Assert.Equal(Count(transitions, states[s] + ">C"), Results.StateToActionDistribution[i][j].ToC[s]);
                    Assert.Equal(Count(transitions, states[s] + ">D"), Results.StateToActionDistribution[i][j].ToD[s]);
                    Assert.Equal(Number(probabilities, states[s] + ">C"), Results.NormalisedStateToCooperation[i][j][s], Tolerance);
                }
            }
        }
    }

    [Fact]
    public void Summary_rows_match()
    {
        var rows = Reference.GetProperty("summary").EnumerateArray().ToArray();
        Assert.Equal(rows.Length, Results.Summary.Count);
        string[] rates = ["CC_rate", "CD_rate", "DC_rate", "DD_rate"];
        string[] toC = ["CC_to_C_rate", "CD_to_C_rate", "DC_to_C_rate", "DD_to_C_rate"];
        for (int k = 0; k < rows.Length; k++)
        {
            SummaryRow row = Results.Summary[k];
            Assert.Equal(rows[k].GetProperty("Rank").GetInt32(), row.Rank);
            Assert.Equal(rows[k].GetProperty("Name").GetString(), row.Name);
            Assert.Equal(rows[k].GetProperty("Median_score").GetDouble(), row.MedianScore, Tolerance);
            Assert.Equal(rows[k].GetProperty("Cooperation_rating").GetDouble(), row.CooperationRating, Tolerance);
            Assert.Equal(rows[k].GetProperty("Wins").GetDouble(), row.Wins, Tolerance);
            Assert.Equal(rows[k].GetProperty("Initial_C_rate").GetDouble(), row.InitialCooperationRate, Tolerance);
            for (int s = 0; s < 4; s++)
            {
                Assert.Equal(rows[k].GetProperty(rates[s]).GetDouble(), row.StateRates[s], Tolerance);
                Assert.Equal(rows[k].GetProperty(toC[s]).GetDouble(), row.StateToCooperationRates[s], Tolerance);
            }
        }
    }

    private static long Count(JsonElement counter, string key) => counter.TryGetProperty(key, out var v) ? (long)v.GetDouble() : 0;

    private static double Number(JsonElement counter, string key) => counter.TryGetProperty(key, out var v) ? v.GetDouble() : 0;

    private static string[] Strings(string name) => [.. Reference.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    private static int[] Ints(string name) => [.. Reference.GetProperty(name).EnumerateArray().Select(e => e.GetInt32())];

    private static void AssertClose(JsonElement expected, System.Collections.IEnumerable actual, double tolerance = Tolerance, string path = "")
    {
        object[] items = [.. actual.Cast<object>()];
        Assert.True(expected.GetArrayLength() == items.Length, $"length at {path}: {expected.GetArrayLength()} vs {items.Length}");
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is System.Collections.IEnumerable nested)
            {
                AssertClose(expected[i], nested, tolerance, $"{path}[{i}]");
            }
            else
            {
                double value = Convert.ToDouble(items[i], System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(expected[i].GetDouble() - value) <= tolerance, $"at {path}[{i}]: Axelrod {expected[i].GetDouble()}, Agora {value}");
            }
        }
    }
}
