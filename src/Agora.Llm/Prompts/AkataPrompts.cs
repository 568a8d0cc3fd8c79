using System.Globalization;
using System.Text;

namespace Agora.Llm.Prompts;

/// <summary>How long the LLM is told the game lasts.</summary>
/// <param name="Rounds">The announced number of rounds (finite horizon), or null for the indefinite variant.</param>
/// <param name="EndPercent">The per-round ending probability in percent (indefinite variant only).</param>
public readonly record struct AkataHorizon(int? Rounds, int EndPercent)
{
    /// <summary>"You will play {n} rounds in total with the same player."</summary>
    /// <param name="rounds">The number of rounds.</param>
    /// <returns>The horizon.</returns>
    public static AkataHorizon Finite(int rounds) => new(rounds, 0);

    /// <summary>"…an indefinite number of rounds … There is a {p}% probability that the game will end after each round."</summary>
    /// <param name="endPercent">The ending probability in percent.</param>
    /// <returns>The horizon.</returns>
    public static AkataHorizon Indefinite(int endPercent) => new(null, endPercent);
}

/// <summary>
/// Akata et al.'s repeated-game prompts, byte for byte as the authors' code builds them (github eliaka/repeatedgames:
/// <c>pd/query_main.py</c>, <c>bos/query_main.py</c>, <c>all_games/query_play_all_games.py</c>,
/// <c>pd/ending_probs/*.py</c>). Cite: Akata et al., "Playing repeated games with Large Language Models",
/// Nature Human Behaviour (2025); prompts reused under the repository's MIT licence.
/// </summary>
/// <remarks>
/// <para>A prompt is <c>Rules + History + Query</c>. The finite rules end with a blank line and the finite query starts
/// with a newline, so a blank line separates the history from "You are currently playing round i." (two on round 1).</para>
/// <para>Quirks kept on purpose: the indefinite-horizon prompt has no blank line after the rules, no newline before the
/// round line and a space before "Q:" and "A:"; the SCoT prompts have no newline before the round line.</para>
/// </remarks>
public static class AkataPrompts
{
    /// <summary>The rules text from one player's perspective.</summary>
    /// <param name="first">The first option label (row/column 0).</param>
    /// <param name="second">The second option label.</param>
    /// <param name="ownPayoff">This player's payoff when it plays (own, other) as label indices.</param>
    /// <param name="otherPayoff">The other player's payoff for the same cell.</param>
    /// <param name="horizon">Finite rounds or the indefinite variant.</param>
    /// <param name="doubleSpaceAfterOption">The 144-game script's player-2 typo, "between Option  A" (two spaces).</param>
    /// <returns>The rules text, including its trailing newlines.</returns>
    public static string Rules(string first, string second, Func<int, int, double> ownPayoff, Func<int, int, double> otherPayoff, AkataHorizon horizon, bool doubleSpaceAfterOption = false)
    {
        ArgumentNullException.ThrowIfNull(ownPayoff);
        ArgumentNullException.ThrowIfNull(otherPayoff);
        string[] labels = [first, second];
        var text = new StringBuilder(800);
        text.Append("You are playing a game repeatedly with another player. In this game, you can choose between Option ")
            .Append(doubleSpaceAfterOption ? " " : string.Empty)
            .Append(first).Append(" and Option ").Append(second);
        if (horizon.Rounds is int rounds)
        {
            text.Append(". You will play ").Append(rounds.ToString(CultureInfo.InvariantCulture)).Append(" rounds in total with the same player. ");
        }
        else
        {
            text.Append(".\nYou will play an indefinite number of rounds in total with the same player. There is a ")
                .Append(horizon.EndPercent.ToString(CultureInfo.InvariantCulture))
                .Append("% probability that the game will end after each round.\n");
        }

        text.Append("The rules of the game are as follows:\n");
        for (int own = 0; own < 2; own++)
        {
            for (int other = 0; other < 2; other++)
            {
                text.Append("If you choose Option ").Append(labels[own])
                    .Append(" and the other player chooses Option ").Append(labels[other])
                    .Append(", then you win ").Append(Points(ownPayoff(own, other)))
                    .Append(" points and the other player wins ").Append(Points(otherPayoff(own, other)))
                    .Append(" points.\n");
            }
        }

        if (horizon.Rounds is not null)
        {
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One history line: "In round i, you chose Option a and the other player chose Option b. Thus, …".</summary>
    /// <param name="round">The 1-based round.</param>
    /// <param name="own">This player's label.</param>
    /// <param name="other">The other player's label.</param>
    /// <param name="ownPoints">This player's points that round.</param>
    /// <param name="otherPoints">The other player's points that round.</param>
    /// <returns>The line, ending in a newline.</returns>
    public static string HistoryLine(int round, string own, string other, double ownPoints, double otherPoints) =>
        string.Create(CultureInfo.InvariantCulture, $"In round {round}, you chose Option {own} and the other player chose Option {other}. Thus, you won {Points(ownPoints)} points and the other player won {Points(otherPoints)} points.\n");

    /// <summary>The round line and question: "\nYou are currently playing round i.\nQ: Which Option do you choose, Option x or Option y?\nA: Option".</summary>
    /// <param name="round">The 1-based round.</param>
    /// <param name="firstAsked">The label named first in the question (the order may be shuffled per round).</param>
    /// <param name="secondAsked">The label named second.</param>
    /// <param name="horizon">The indefinite variant words the query differently.</param>
    /// <returns>The query text.</returns>
    public static string Query(int round, string firstAsked, string secondAsked, AkataHorizon horizon) =>
        horizon.Rounds is null
            ? string.Create(CultureInfo.InvariantCulture, $"You are currently playing round {round}.\n Q: Which Option do you choose, Option {firstAsked} or Option {secondAsked}?\n A: Option")
            : string.Create(CultureInfo.InvariantCulture, $"\nYou are currently playing round {round}.\nQ: Which Option do you choose, Option {firstAsked} or Option {secondAsked}?\nA: Option");

    /// <summary>Social chain-of-thought, call 1: predict the other player's choice.</summary>
    /// <param name="round">The 1-based round.</param>
    /// <param name="first">The first label.</param>
    /// <param name="second">The second label.</param>
    /// <returns>The query text (appended directly to rules + history, with no newline before it).</returns>
    public static string PredictionQuery(int round, string first, string second) =>
        string.Create(CultureInfo.InvariantCulture, $"You are currently playing round {round}.\nQ: Which Option do you predict the other player will choose, Option {first} or Option {second}?\nA: Option");

    /// <summary>Social chain-of-thought, call 2: choose given the prediction (player 1's wording in <c>bos/query_main.py</c>).</summary>
    /// <param name="round">The 1-based round.</param>
    /// <param name="predicted">The label the model predicted.</param>
    /// <param name="first">The first label.</param>
    /// <param name="second">The second label.</param>
    /// <returns>The query text.</returns>
    public static string ActionGivenPredictionQuery(int round, string predicted, string first, string second) =>
        string.Create(CultureInfo.InvariantCulture, $"You are currently playing round {round}.\nQ: Given that you think the other player will choose Option {predicted} in round {round}, which Option do you think is the best to choose for you in this round, Option {first} or Option {second}?\nA: Option");

    /// <summary>Payoffs print as Python prints them: integers without a decimal point.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The text.</returns>
    public static string Points(double points) =>
        points == Math.Floor(points) && Math.Abs(points) < 1e15
            ? ((long)points).ToString(CultureInfo.InvariantCulture)
            : points.ToString("R", CultureInfo.InvariantCulture);
}
