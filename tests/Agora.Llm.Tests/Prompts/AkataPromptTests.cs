using Agora.Llm.Prompts;

namespace Agora.Llm.Tests.Prompts;

/// <summary>The prompts must equal, byte for byte, what Akata et al.'s scripts send (spec: akata-repeated-games.md).</summary>
public sealed class AkataPromptTests
{
    private static readonly double[,] PdRow = { { 8, 0 }, { 10, 5 } };

    private const string PdRules =
        "You are playing a game repeatedly with another player. In this game, you can choose between Option J and Option F. You will play 10 rounds in total with the same player. The rules of the game are as follows:\n"
        + "If you choose Option J and the other player chooses Option J, then you win 8 points and the other player wins 8 points.\n"
        + "If you choose Option J and the other player chooses Option F, then you win 0 points and the other player wins 10 points.\n"
        + "If you choose Option F and the other player chooses Option J, then you win 10 points and the other player wins 0 points.\n"
        + "If you choose Option F and the other player chooses Option F, then you win 5 points and the other player wins 5 points.\n\n";

    private static string Rules(double[,] own, double[,] other, AkataHorizon horizon) =>
        AkataPrompts.Rules("J", "F", (a, b) => own[a, b], (a, b) => other[a, b], horizon);

    [Fact]
    public void Pd_round_one_prompt_matches_the_authors_script()
    {
        string prompt = Rules(PdRow, Transpose(PdRow), AkataHorizon.Finite(10)) + AkataPrompts.Query(1, "F", "J", AkataHorizon.Finite(10));
        Assert.Equal(PdRules + "\nYou are currently playing round 1.\nQ: Which Option do you choose, Option F or Option J?\nA: Option", prompt);
    }

    [Fact]
    public void Pd_round_three_prompt_has_one_history_line_per_round_then_a_blank_line()
    {
        string prompt = Rules(PdRow, Transpose(PdRow), AkataHorizon.Finite(10))
            + AkataPrompts.HistoryLine(1, "J", "F", 0, 10)
            + AkataPrompts.HistoryLine(2, "F", "J", 10, 0)
            + AkataPrompts.Query(3, "J", "F", AkataHorizon.Finite(10));
        Assert.Equal(
            PdRules
            + "In round 1, you chose Option J and the other player chose Option F. Thus, you won 0 points and the other player won 10 points.\n"
            + "In round 2, you chose Option F and the other player chose Option J. Thus, you won 10 points and the other player won 0 points.\n"
            + "\nYou are currently playing round 3.\nQ: Which Option do you choose, Option J or Option F?\nA: Option",
            prompt);
    }

    [Fact]
    public void Bos_rules_are_written_from_each_players_own_perspective()
    {
        double[,] p1 = { { 10, 0 }, { 0, 7 } };
        double[,] p2 = { { 7, 0 }, { 0, 10 } };
        string first = Rules(p1, p2, AkataHorizon.Finite(10));
        string second = Rules(p2, p1, AkataHorizon.Finite(10));
        Assert.Contains("If you choose Option J and the other player chooses Option J, then you win 10 points and the other player wins 7 points.\n", first, StringComparison.Ordinal);
        Assert.Contains("If you choose Option F and the other player chooses Option F, then you win 7 points and the other player wins 10 points.\n", first, StringComparison.Ordinal);
        Assert.Contains("If you choose Option J and the other player chooses Option J, then you win 7 points and the other player wins 10 points.\n", second, StringComparison.Ordinal);
        Assert.Contains("If you choose Option J and the other player chooses Option F, then you win 0 points and the other player wins 0 points.\n", second, StringComparison.Ordinal);
    }

    [Fact]
    public void Scot_prompts_follow_the_two_call_protocol_without_a_newline_before_the_round_line()
    {
        string prefix = Rules(PdRow, Transpose(PdRow), AkataHorizon.Finite(10)) + AkataPrompts.HistoryLine(1, "J", "J", 8, 8);
        Assert.Equal(
            prefix + "You are currently playing round 2.\nQ: Which Option do you predict the other player will choose, Option J or Option F?\nA: Option",
            prefix + AkataPrompts.PredictionQuery(2, "J", "F"));
        Assert.Equal(
            prefix + "You are currently playing round 2.\nQ: Given that you think the other player will choose Option F in round 2, which Option do you think is the best to choose for you in this round, Option J or Option F?\nA: Option",
            prefix + AkataPrompts.ActionGivenPredictionQuery(2, "F", "J", "F"));
    }

    [Fact]
    public void Indefinite_horizon_wording_matches_the_ending_probability_scripts()
    {
        string prompt = Rules(PdRow, Transpose(PdRow), AkataHorizon.Indefinite(40)) + AkataPrompts.Query(1, "J", "F", AkataHorizon.Indefinite(40));
        Assert.Equal(
            "You are playing a game repeatedly with another player. In this game, you can choose between Option J and Option F.\n"
            + "You will play an indefinite number of rounds in total with the same player. There is a 40% probability that the game will end after each round.\n"
            + "The rules of the game are as follows:\n"
            + "If you choose Option J and the other player chooses Option J, then you win 8 points and the other player wins 8 points.\n"
            + "If you choose Option J and the other player chooses Option F, then you win 0 points and the other player wins 10 points.\n"
            + "If you choose Option F and the other player chooses Option J, then you win 10 points and the other player wins 0 points.\n"
            + "If you choose Option F and the other player chooses Option F, then you win 5 points and the other player wins 5 points.\n"
            + "You are currently playing round 1.\n Q: Which Option do you choose, Option J or Option F?\n A: Option",
            prompt);
    }

    [Fact]
    public void The_144_game_player_two_typo_is_available_for_faithful_replays()
    {
        string rules = AkataPrompts.Rules("QX"[..1], "K", (_, _) => 1, (_, _) => 2, AkataHorizon.Finite(10), doubleSpaceAfterOption: true);
        Assert.StartsWith("You are playing a game repeatedly with another player. In this game, you can choose between Option  Q and Option K. ", rules, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_integer_points_print_in_full_and_integers_without_a_decimal_point()
    {
        Assert.Equal("8", AkataPrompts.Points(8.0));
        Assert.Equal("7.5", AkataPrompts.Points(7.5));
        Assert.Equal("-3", AkataPrompts.Points(-3));
    }

    private static double[,] Transpose(double[,] m) => new[,] { { m[0, 0], m[1, 0] }, { m[0, 1], m[1, 1] } };
}
