using Agora.Core.Experiments;
using Agora.Core.Repeated.Akata;

namespace Agora.Core.Tests.Repeated.Akata;

public sealed class AkataRepeatedGamesExperimentTests
{
    private static readonly AkataRepeatedGamesExperiment Experiment = new();
    private static readonly string PdTable = SharedData.Path("akata", "pd_variation_predict_gpt4_lookup.json");
    private static readonly string BosTable = SharedData.Path("akata", "bos_variation_predict_gpt4_lookup.json");

    [Fact]
    public void AlwaysF_against_TFT_scores_as_worked_out_by_hand()
    {
        var summary = RunMatches(("opponents", "all"));

        // Round 1: F against J pays 10 and 0; rounds 2-10: FF pays 5 each. So 55 to 45, never both J.
        Assert.Equal(55, summary["akata-pd/alwaysf/tft/score0"]);
        Assert.Equal(45, summary["akata-pd/alwaysf/tft/score1"]);
        Assert.Equal(0, summary["akata-pd/alwaysf/tft/joint-cooperation"]);
        Assert.Equal(45, summary["akata-pd/tft/alwaysf/score0"]);
        Assert.Equal(55, summary["akata-pd/tft/alwaysf/score1"]);
        Assert.Equal(1, summary["akata-pd/tft/grimtrigger/joint-cooperation"]);

        // 14 players (13 hand-coded and predict-then-best-respond, no tables): 14² pairs × 3 keys + 14 per-player keys, per game.
        Assert.Equal(2 * ((14 * 14 * 3) + 14), summary.Count);
    }

    [Fact]
    public void Predict_then_best_respond_coordinates_with_the_alternator_in_the_battle_of_the_sexes()
    {
        var summary = RunMatches();

        // As player 1 (prefers J) against Alternating JF: JJJFJFJFJF against JFJFJFJFJF, 9 of 10 rounds.
        Assert.True(summary["akata-bos/ptbr/alternating-jf/coordination"] >= 0.8);
        Assert.Equal(0.9, summary["akata-bos/ptbr/alternating-jf/coordination"], 12);
        Assert.Equal(78, summary["akata-bos/ptbr/alternating-jf/score0"]);

        // The stubborn player of the paper's base run: 5 of 10, 50 to 35.
        Assert.Equal(0.5, summary["akata-bos/alwaysj/alternating-jf/coordination"], 12);
        Assert.Equal(50, summary["akata-bos/alwaysj/alternating-jf/score0"]);
    }

    [Fact]
    public void Lookup_tables_given_as_parameters_join_their_games_round_robin()
    {
        var summary = RunMatches(("pd-table", PdTable), ("bos-table", BosTable));

        // Worked from the JSON (see AkataTests): PD vs DefectOnce JFFFFFFFFF / FJJJJJJJJJ; BoS vs Alternating JF
        // JJFJFFFFFF / JFJFJFJFJF, which meet at J in round 1 and at F in rounds 6, 8 and 10.
        Assert.Equal(90, summary["akata-pd/pd-table/defectonce/score0"]);
        Assert.Equal(10, summary["akata-pd/pd-table/defectonce/score1"]);
        Assert.Equal(0.4, summary["akata-bos/bos-table/alternating-jf/coordination"], 12);
        Assert.Equal(10 + (3 * 7), summary["akata-bos/bos-table/alternating-jf/score0"]);
        Assert.Equal(7 + (3 * 10), summary["akata-bos/bos-table/alternating-jf/score1"]);
        Assert.False(summary.ContainsKey("akata-bos/pd-table/alwaysj/score0"));
    }

    [Theory]
    [InlineData("pd-table", "/nonexistent/agora-table.json", "cannot read")]
    [InlineData("bos-table", "MALFORMED", "not valid JSON")]
    [InlineData("pd-table", "LABELS", "not one of")]
    public void A_missing_or_malformed_table_is_refused_naming_the_parameter_and_the_path(string parameter, string path, string reason)
    {
        if (path is "MALFORMED" or "LABELS")
        {
            string file = Path.Combine(Path.GetTempPath(), $"agora-akata-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, path == "MALFORMED" ? "{\"\": \"J\"," : "{\"\": \"C\"}");
            path = file;
        }

        var spec = Experiment.Parameters.Single(p => p.Name == parameter);
        var error = Assert.Throws<ParameterException>(() => spec.Parse(path));
        Assert.Contains($"'{parameter}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Family_scores_are_the_game_weighted_mean_and_identical_for_any_number_of_jobs()
    {
        var plan = new RunPlan(Experiment) { Values = Values(("part", "families")), Seed = 3, TrialsPerPoint = 2 };
        var trials = plan.Expand();
        Dictionary<string, double>[] Run(int jobs)
        {
            var results = new List<TrialResult>();
            ExperimentRunner.Run(Experiment, trials, new RunnerOptions { Jobs = jobs }, results.Add);
            return [.. results.OrderBy(r => r.Trial.Index).Select(r => Summary(r))];
        }

        var serial = Run(1);
        var parallel = Run(2);
        Assert.Equal(serial, parallel);
        Assert.NotEqual(serial[0]["families/regret-matching/overall"], serial[1]["families/regret-matching/overall"]); // seeds differ per trial

        // Overall = the six Table 1 families weighted by their game counts (Tragic out), for every player.
        (string Family, int Games)[] table1 = [("win-win", 36), ("biased", 44), ("cyclic", 18), ("pd-family", 7), ("second-best", 12), ("unfair", 19)];
        foreach (string player in new[] { "alwaysj", "tft", "ptbr", "q-learning" })
        {
            double weighted = table1.Sum(f => f.Games * serial[0][$"families/{player}/{f.Family}"]) / 136;
            Assert.True(Math.Abs(weighted - serial[0][$"families/{player}/overall"]) < 1e-12, $"{player}: {weighted} vs {serial[0][$"families/{player}/overall"]}");
        }

        // Every ordinal payoff is 1 to 4, so every normalised score lies in [1/4, 1].
        Assert.All(serial[0].Values, v => Assert.InRange(v, 0.25, 1.0));
    }

    private static Dictionary<string, double> RunMatches(params (string Key, string Value)[] values)
    {
        var plan = new RunPlan(Experiment) { Values = Values([("part", "matches"), .. values]), Seed = 7, TrialsPerPoint = 1 };
        TrialResult result = ExperimentRunner.RunOne(Experiment, plan.Expand()[0])!;
        Assert.True(result.Succeeded, result.Error);
        var again = ExperimentRunner.RunOne(Experiment, plan.Expand()[0])!;
        Assert.Equal(Summary(result), Summary(again)); // deterministic for a seed
        return Summary(result);
    }

    private static Dictionary<string, IReadOnlyList<object>> Values(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => (IReadOnlyList<object>)[v.Value]);

    private static Dictionary<string, double> Summary(TrialResult result) => result.Summary.ToDictionary(p => p.Key, p => p.Value);
}
