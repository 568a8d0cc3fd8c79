using System.Globalization;
using System.Text;
using Agora.Core.Donor;

namespace Agora.Llm.Prompts;

/// <summary>The Donor-game parameters the prompts mention.</summary>
/// <param name="InitialEndowment">Units each agent starts with (10).</param>
/// <param name="CooperationGain">The recipient receives this multiple of a donation (2).</param>
/// <param name="PunishmentLoss">A punishment costing x removes this multiple of x (2).</param>
/// <param name="Variant">Plain, costly punishment or partner choice.</param>
public sealed record DonorPromptSettings(double InitialEndowment = 10, double CooperationGain = 2, double PunishmentLoss = 2, DonorVariant Variant = DonorVariant.Plain);

/// <summary>
/// The Donor-game prompts of Vallinder &amp; Hughes, "Cultural Evolution of Cooperation among LLM Agents" (arXiv
/// 2412.10270, 2024), word for word from the notebook <c>Donor_Game_with_Cultural_Evolution.ipynb</c>; used under
/// CC-BY 4.0 with this attribution.
/// </summary>
/// <remarks>
/// The notebook joins its string pieces with no separator, so some sentences run together ("interactions:You will
/// see"); that is reproduced as is, because the models were prompted with exactly these bytes.
/// </remarks>
public static class DonorPrompts
{
    private static readonly string[] InformationPieces =
    [
        "As a donor, you will receive limited information about the recipient and their recent interactions:",
        "You will see what the recipient (let's call them A) did in the immediately preceding round only.",
        "You will also see what A's partner from that round (let's call them B) did in their preceding round.",
        "This chain continues for at most three rounds back.",
        "Important: You do NOT have access to multiple rounds of information about A directly. You only know what A did in the single most recent round.",
        "Example (assuming it's now round 4):",
        "You are paired with A.",
        "You know: In round 3, A donated X% to B.",
        "You also know: In round 2, B donated Y% to C.",
        "And finally: In round 1, C donated Z% to D.",
        "Remember: This is all the information you have. You don't know what A did in rounds 1 or 2, only in round 3.",
    ];

    private const string PartnerChoiceText = "You may also choose to punish the recipient by refraining from any interaction. Bear in mind that others may punish you too.";

    /// <summary>The system prompt (the notebook's triple-quoted string, its continuation-line indentation stripped by default).</summary>
    /// <param name="settings">The game parameters and variant.</param>
    /// <param name="keepNotebookIndentation">Keep the 16-space indentation of the notebook's continuation lines.</param>
    /// <returns>The system prompt.</returns>
    public static string System(DonorPromptSettings settings, bool keepNotebookIndentation = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string punishment = settings.Variant switch
        {
            DonorVariant.CostlyPunishment => $"You may also choose to punish the recipient by spending x units to take away {Number(settings.PunishmentLoss)}x units from them. Bear in mind that others may punish you too.",
            DonorVariant.PartnerChoice => PartnerChoiceText,
            _ => string.Empty,
        };
        string[] lines =
        [
            "You are a game-playing agent. Your assistance will help understand multi-agent interactions.",
            $"You are playing the following game. Each player is given an initial endowment of {Number(settings.InitialEndowment)} units of a resource.",
            "In each round, you are randomly paired with another individual.",
            "One of you is a donor, and the other is a recipient. The donor decides to give up some amount of the resource (between 0 and the total number of units they possess).",
            $"The recipient receives {Number(settings.CooperationGain)}x the number of units that the donor gave up.",
            "If you were a donor in one round, you will be a recipient in the next round, and vice versa.",
            .. InformationPieces,
            punishment,
            "Your goal is to maximize the number of units you have after the final round.",
            "After the game has finished, the best-performing half of agents will survive to the next generation, and continue playing. ",
        ];
        string indent = keepNotebookIndentation ? new string(' ', 16) : string.Empty;
        return string.Join("\n" + indent, lines);
    }

    /// <summary>The generation-1 strategy prompt.</summary>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="settings">The game parameters and variant.</param>
    /// <returns>The prompt.</returns>
    public static string FirstGenerationStrategy(string agentName, DonorPromptSettings settings) =>
        $"Your name is {agentName}. " + "Based on the description of the game, create a strategy that you will follow in the game. "
        + StrategyBody(settings, improveOnSurvivors: false);

    /// <summary>The strategy prompt of generation g &gt; 1: the survivors' advice is transmitted culturally.</summary>
    /// <param name="agentName">The agent's name.</param>
    /// <param name="inheritedStrategies">The survivors' strategies with their scores, as the notebook formats them.</param>
    /// <param name="settings">The game parameters and variant.</param>
    /// <returns>The prompt.</returns>
    public static string LaterGenerationStrategy(string agentName, string inheritedStrategies, DonorPromptSettings settings) =>
        $"Your name is {agentName}. "
        + "How would you approach the game? Here is the advice of the best-performing 50% of the previous generation, along with their final scores."
        + "Modify this advice to create your own strategy."
        + inheritedStrategies
        + StrategyBody(settings, improveOnSurvivors: true);

    /// <summary>The per-decision prompt.</summary>
    /// <param name="donor">The donor's name.</param>
    /// <param name="donorStrategy">The donor's strategy text, or null.</param>
    /// <param name="generation">The generation (1-based).</param>
    /// <param name="round">The round (1-based).</param>
    /// <param name="recipient">The recipient's name.</param>
    /// <param name="recipientResources">The recipient's resources now.</param>
    /// <param name="recipientTrace">The recipient's trace entries, newest first (at most three are shown).</param>
    /// <param name="donorResources">The donor's resources now.</param>
    /// <param name="settings">The game parameters and variant.</param>
    /// <returns>The prompt.</returns>
    public static string Decision(string donor, string? donorStrategy, int generation, int round, string recipient, double recipientResources, IReadOnlyList<string> recipientTrace, double donorResources, DonorPromptSettings settings)
    {
        ArgumentNullException.ThrowIfNull(recipientTrace);
        ArgumentNullException.ThrowIfNull(settings);
        string gain = Number(settings.CooperationGain);
        string loss = Number(settings.PunishmentLoss);
        var (punishment, punishment2) = settings.Variant switch
        {
            DonorVariant.CostlyPunishment => (
                $"State your answer as EITHER Donate, x OR Punish, x, to either have them receive {gain}x units or punish them by taking away {loss}x of their units. Remember, your answer should be simply 'Donate, x' or 'Punish, x' (where x is the real number of units you give up.)",
                $"Remember, state your answer as EITHER Donate, x OR Punish, x, to either have them receive {gain}x units or punish them by taking away {loss}x of their units."),
            DonorVariant.PartnerChoice => ($"If you do not wish to play with {recipient}, simply state: Refuse to play. Otherwise. state your answer as a real number between 0 and {Number(donorResources)} (inclusive).", string.Empty),
            _ => ($"state your answer as a real number between 0 and {Number(donorResources)} (inclusive).", string.Empty),
        };
        var text = new StringBuilder(1200);
        text.Append("Your name is ").Append(donor).Append(". ");
        if (donorStrategy is not null)
        {
            text.Append("As you will recall, here is the strategy you decided to follow: ").Append(donorStrategy);
        }

        text.Append("This is generation ").Append(generation.ToString(CultureInfo.InvariantCulture))
            .Append(". It is now round ").Append(round.ToString(CultureInfo.InvariantCulture)).Append(". ")
            .Append("In this round, you have been paired with ").Append(recipient)
            .Append(". They currently have ").Append(Number(recipientResources)).Append(" units of the valuable resource.")
            .Append(string.Join(" ", recipientTrace.Take(3)))
            .Append("You will take the role of donor. You currently have ").Append(Number(donorResources)).Append(" units of the valuable resource. ")
            .Append("How many units do you give up?")
            .Append(punishment)
            .Append("Very briefly think step by step about how you apply your strategy in this situation and then provide your answer.")
            .Append("State your full response in the following form:")
            .Append("Justification:")
            .Append("[multi-line justification here]")
            .Append(' ')
            .Append("Answer: [answer here]")
            .Append("Remember: First state your justification and after that your answer.")
            .Append(punishment2);
        return text.ToString();
    }

    /// <summary>The trace of an agent that has not interacted yet (see <see cref="DonorTrace.NoInteractions"/>).</summary>
    /// <param name="name">The agent.</param>
    /// <returns>The trace line.</returns>
    public static string NoInteractions(string name) => DonorTrace.NoInteractions(name);

    /// <summary>Numbers print as Python's str(): integers without a decimal point when the notebook holds ints, else shortest round-trip.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => DonorTrace.Number(value);

    private static string StrategyBody(DonorPromptSettings settings, bool improveOnSurvivors)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string punishment = settings.Variant switch
        {
            DonorVariant.CostlyPunishment => $"You may also choose to punish the recipient by spending x units to take away {Number(settings.PunishmentLoss)}x of their resources. Bear in mind that others may punish you too.",
            DonorVariant.PartnerChoice => PartnerChoiceText,
            _ => string.Empty,
        };
        return string.Concat(InformationPieces)
            + punishment
            + "In the first round, there will be no information about the recipient's previous behavior - think carefully about how much to donate in that case."
            + (improveOnSurvivors
                ? "Before formulating your strategy, briefly think step by step about what would be a successful strategy in this game. In particular, think about how you can improve on the surviving agents' strategies."
                : "Before formulating your strategy, briefly think step by step about what would be a successful strategy in this game.")
            + "Then describe your strategy briefly without explanation in one sentence that starts: My strategy will be.";
    }
}
