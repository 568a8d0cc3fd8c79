using Agora.Core.Donor;
using Agora.Llm.Prompts;

namespace Agora.Llm.Tests.Prompts;

/// <summary>The Donor-game prompts must equal the notebook's strings (spec appendix, donor-game-cultural-evolution.md).</summary>
public sealed class DonorPromptTests
{
    [Fact]
    public void The_system_prompt_without_punishment_has_an_empty_line_where_the_punishment_text_would_go()
    {
        string prompt = DonorPrompts.System(new DonorPromptSettings());
        string[] lines = prompt.Split('\n');
        Assert.Equal("You are a game-playing agent. Your assistance will help understand multi-agent interactions.", lines[0]);
        Assert.Equal("You are playing the following game. Each player is given an initial endowment of 10 units of a resource.", lines[1]);
        Assert.Equal("The recipient receives 2x the number of units that the donor gave up.", lines[4]);
        Assert.Equal("Remember: This is all the information you have. You don't know what A did in rounds 1 or 2, only in round 3.", lines[16]);
        Assert.Equal(string.Empty, lines[17]);
        Assert.Equal("After the game has finished, the best-performing half of agents will survive to the next generation, and continue playing. ", lines[^1]);
        Assert.Equal(20, lines.Length);
    }

    [Fact]
    public void The_costly_punishment_system_prompt_names_the_loss_multiple()
    {
        string prompt = DonorPrompts.System(new DonorPromptSettings(Variant: DonorVariant.CostlyPunishment));
        Assert.Contains("\nYou may also choose to punish the recipient by spending x units to take away 2x units from them. Bear in mind that others may punish you too.\n", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Notebook_indentation_is_kept_on_request()
    {
        string prompt = DonorPrompts.System(new DonorPromptSettings(), keepNotebookIndentation: true);
        Assert.Contains("interactions.\n                You are playing", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_generation_strategy_prompt_joins_its_pieces_with_no_separator()
    {
        string prompt = DonorPrompts.FirstGenerationStrategy("Agent 3", new DonorPromptSettings());
        Assert.StartsWith("Your name is Agent 3. Based on the description of the game, create a strategy that you will follow in the game. As a donor, you will receive limited information about the recipient and their recent interactions:You will see what the recipient (let's call them A) did in the immediately preceding round only.", prompt, StringComparison.Ordinal);
        Assert.Contains("only in round 3.In the first round, there will be no information", prompt, StringComparison.Ordinal);
        Assert.EndsWith("what would be a successful strategy in this game.Then describe your strategy briefly without explanation in one sentence that starts: My strategy will be.", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_generations_see_the_survivors_advice_and_are_asked_to_improve_on_it()
    {
        string prompt = DonorPrompts.LaterGenerationStrategy("Agent 9", "\nAgent 1: My strategy will be to give half. (score 40)", new DonorPromptSettings());
        Assert.StartsWith("Your name is Agent 9. How would you approach the game? Here is the advice of the best-performing 50% of the previous generation, along with their final scores.Modify this advice to create your own strategy.\nAgent 1: My strategy will be to give half. (score 40)As a donor,", prompt, StringComparison.Ordinal);
        Assert.Contains("In particular, think about how you can improve on the surviving agents' strategies.Then describe", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_decision_prompt_shows_three_trace_entries_newest_first_and_the_answer_form()
    {
        string prompt = DonorPrompts.Decision(
            "Agent 2", "My strategy will be to mirror.", generation: 1, round: 4, "Agent 5", 12.5,
            ["In round 3, Agent 5 donated 50.00% of their resources to Agent 7.", "In round 2, Agent 7 donated 10.00% of their resources to Agent 1.", "In round 1, Agent 1 donated 0.00% of their resources to Agent 4.", "older"],
            donorResources: 10, new DonorPromptSettings());
        Assert.Equal(
            "Your name is Agent 2. As you will recall, here is the strategy you decided to follow: My strategy will be to mirror.This is generation 1. It is now round 4. "
            + "In this round, you have been paired with Agent 5. They currently have 12.5 units of the valuable resource."
            + "In round 3, Agent 5 donated 50.00% of their resources to Agent 7. In round 2, Agent 7 donated 10.00% of their resources to Agent 1. In round 1, Agent 1 donated 0.00% of their resources to Agent 4."
            + "You will take the role of donor. You currently have 10 units of the valuable resource. How many units do you give up?"
            + "state your answer as a real number between 0 and 10 (inclusive)."
            + "Very briefly think step by step about how you apply your strategy in this situation and then provide your answer."
            + "State your full response in the following form:Justification:[multi-line justification here] Answer: [answer here]"
            + "Remember: First state your justification and after that your answer.",
            prompt);
    }

    [Fact]
    public void Trace_lines_use_two_decimals_for_donations()
    {
        Assert.Equal("In round 2, A donated 33.33% of their resources to B.", DonorTrace.Donated(2, "A", 100.0 / 3, "B"));
        Assert.Equal("A did not have any previous interactions.", DonorPrompts.NoInteractions("A"));
        Assert.Equal("In round 5, A punished B by spending 3 units to take away 6 units from their resources.", DonorTrace.Punished(5, "A", "B", 3, 6));
        Assert.Equal("In round 5, A refused to play with B.", DonorTrace.Refused(5, "A", "B"));
    }
}
