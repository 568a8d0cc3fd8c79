using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

public sealed class AkataTests
{
    private static readonly string PdTable = SharedData.Path("akata", "pd_variation_predict_gpt4_lookup.json");
    private static readonly string BosTable = SharedData.Path("akata", "bos_variation_predict_gpt4_lookup.json");

    // Worked from the JSON: e.g. PD vs DefectOnce reads ""→J, "F"→F, "FJ"→F, "FJJ"→F, … ; BoS vs Alternating JF reads
    // ""→J, "J"→J, "JF"→F, "JFJ"→J, "JFJF"→F, then F for every longer alternating key.
    [Theory]
    [InlineData("pd", "DefectOnce", "JFFFFFFFFF", "FJJJJJJJJJ")]
    [InlineData("pd", "TFT", "JJJJJJJJJJ", "JJJJJJJJJJ")]
    [InlineData("pd", "AlwaysF", "JFFFFFFFFF", "FFFFFFFFFF")]
    [InlineData("pd", "AlwaysJ", "JJJJJJJJJJ", "JJJJJJJJJJ")]
    [InlineData("bos", "Alternating JF", "JJFJFFFFFF", "JFJFJFJFJF")]
    [InlineData("bos", "Alternating FJ", "JFFFJFFJFF", "FJFJFJFJFJ")]
    [InlineData("bos", "AlwaysF", "JFFFFFFFFF", "FFFFFFFFFF")]
    [InlineData("bos", "AlwaysJ", "JJJJJJJJJJ", "JJJJJJJJJJ")]
    public void Shared_gpt4_lookup_tables_replay_against_the_hand_coded_opponents(string game, string opponent, string tableMoves, string opponentMoves)
    {
        MatrixGame matrix = game == "pd" ? NormalFormGames.AkataPrisonersDilemma() : NormalFormGames.AkataBattleOfTheSexes();
        Strategy table = StrategyRegistry.Create("lookup:" + (game == "pd" ? PdTable : BosTable));
        MatchResult result = new Match(matrix, table, StrategyRegistry.Create(opponent)).Play(0);
        Assert.Equal(tableMoves, result.Moves[0]);
        Assert.Equal(opponentMoves, result.Moves[1]);
    }

    [Theory]
    [InlineData("{\"J\": \"J\"}", "empty history")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{\"\": 3}", "move label")]
    [InlineData("{\"\": \"J\", ", "not valid JSON")]
    public void Malformed_tables_are_refused_with_a_message_naming_the_problem(string json, string expected)
    {
        string path = Path.Combine(Path.GetTempPath(), $"agora-lookup-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        var error = Assert.Throws<FormatException>(() => LookupTablePlayer.Load(path));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_J_F_table_can_be_cloned_before_it_plays_a_J_F_game()
    {
        // Clone resets the copy with no match yet (the default C/D game); the table is resolved when a match starts.
        Strategy clone = StrategyRegistry.Create("lookup:" + PdTable).Clone();
        MatchResult result = new Match(NormalFormGames.AkataPrisonersDilemma(), clone, StrategyRegistry.Create("DefectOnce")).Play(0);
        Assert.Equal("JFFFFFFFFF", result.Moves[0]);
    }

    [Fact]
    public void A_table_with_labels_outside_the_game_is_refused_when_the_match_starts()
    {
        var table = new LookupTablePlayer("t", new Dictionary<string, string> { [""] = "J", ["X"] = "J" });
        var error = Assert.Throws<FormatException>(() => new Match(NormalFormGames.AkataPrisonersDilemma(), table, new Cooperator()).Play(0));
        Assert.Contains("'X'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_then_best_respond_coordinates_at_least_eight_rounds_in_ten_against_the_alternator()
    {
        MatchResult result = new Match(NormalFormGames.AkataBattleOfTheSexes(), new PredictThenBestRespond(2), new AkataAlternator(Moves.C)).Play(0);
        int coordinated = result.Moves[0].Zip(result.Moves[1]).Count(p => p.First == p.Second);
        Assert.True(coordinated >= 8, $"{result.Moves[0]} vs {result.Moves[1]}: {coordinated}/10");
        Assert.Equal("JJJFJFJFJF", result.Moves[0]); // misses only round 2, before it has seen the alternation

        // Stubbornly playing the preferred option coordinates only half the time (Akata et al.'s base GPT-4).
        MatchResult stubborn = new Match(NormalFormGames.AkataBattleOfTheSexes(), AkataOpponents.AlwaysJ(), new AkataAlternator(Moves.C)).Play(0);
        Assert.Equal(5, stubborn.Moves[0].Zip(stubborn.Moves[1]).Count(p => p.First == p.Second));
    }

    [Fact]
    public void The_courteous_alternator_opens_with_what_the_other_player_prefers()
    {
        // As seat 1 in BoS, the other player (seat 0) prefers J; as seat 0, the other (seat 1) prefers F.
        MatchResult asColumn = new Match(NormalFormGames.AkataBattleOfTheSexes(), new Cooperator(), new AkataAlternator(Moves.D, courteous: true)).Play(0);
        Assert.Equal("JFJFJFJFJF", asColumn.Moves[1]);
        MatchResult asRow = new Match(NormalFormGames.AkataBattleOfTheSexes(), new AkataAlternator(Moves.C, courteous: true), new Cooperator()).Play(0);
        Assert.Equal("FJFJFJFJFJ", asRow.Moves[0]);
    }

    public static TheoryData<string, string> LoggedOpponents() => new()
    {
        { "act_tft", "TFT" },
        { "act_tftt", "TFTT" },
        { "act_stft", "STFT" },
        { "act_rtft", "RTFT" },
        { "act_htft", "HTFT" },
    };

    [Theory]
    [MemberData(nameof(LoggedOpponents))]
    public void Deterministic_opponents_answer_gpt4s_logged_moves_exactly_as_in_akatas_20_round_logs(string logged, string name)
    {
        var rows = File.ReadAllLines(SharedData.Path("akata", "pd_base_gpt4_tfts.csv")).Skip(1).Select(l => l.Split(','))
            .Where(r => r[1] == "act_gpt4" && r[2] == logged).OrderBy(r => int.Parse(r[0])).ToList();
        Assert.Equal(20, rows.Count);
        int[] gpt4 = [.. rows.Select(r => r[3] == "J" ? Moves.C : Moves.D)];
        string expected = string.Concat(rows.Select(r => r[4]));
        MatchResult result = new Match(NormalFormGames.AkataPrisonersDilemma(20), new ScriptedStrategy(gpt4, "GPT-4 (logged)"), StrategyRegistry.Create(name)).Play(0);
        Assert.Equal(expected, result.Moves[1]);
    }

    [Fact]
    public void Htft_round_one_quirk_is_an_option()
    {
        Versus.Check(AkataTitForTat.Htft(), "CCCCDCCCC", "DDCCCDDDC");
        Versus.Check(AkataTitForTat.Htft(roundOneQuirk: false), "CCCCDCCCC", "CCCCCDDDC");
    }

    /// <summary>Akata's opponents by name: the opponent's cycling script and the expected moves (C = J).</summary>
    public static TheoryData<string, string, string> OpponentRules() => new()
    {
        { "AlwaysJ", "DDCD", "CCCCC" },
        { "AlwaysF", "CCCC", "DDDDD" },
        { "DefectOnce", "CCCC", "DCCCCC" },
        { "Alternating JF", "CCCC", "CDCDC" },
        { "Alternating FJ", "CCCC", "DCDCD" },
        { "TFT", "CDDC", "CCDDCC" },
        { "TFTT", "CDDCDD", "CCCDCCD" },
        { "STFT", "CDDC", "DCDDCC" },
        { "RTFT", "CDDC", "DDCCDD" },
        { "GrimTrigger", "CCDCC", "CCCDDD" },
    };

    [Theory]
    [MemberData(nameof(OpponentRules))]
    public void Akata_opponents_play_their_rules(string name, string opponent, string expected) =>
        Versus.Check(StrategyRegistry.Create(name), opponent, expected);

    [Fact]
    public void Noisy_tit_for_tats_defect_at_about_their_rate_against_a_cooperator()
    {
        foreach (var (name, rate) in new[] { ("NP10", 0.1), ("NP20", 0.2) })
        {
            MatchResult result = Versus.Play(StrategyRegistry.Create(name), new Cooperator(), 5000, seed: 3);
            Assert.InRange(result.Moves[0].Count(c => c == 'D') / 5000.0, rate - 0.02, rate + 0.02);
        }
    }
}
