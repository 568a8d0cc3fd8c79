using Agora.Core.Donor;
using Agora.Llm.Parsing;

namespace Agora.Llm.Tests.Parsing;

public sealed class ParserTests
{
    private static readonly string[] JF = ["J", "F"];

    [Theory]
    [InlineData(" J", 0)]
    [InlineData("F", 1)]
    [InlineData("f", 1)]
    [InlineData("  j.\n", 0)]
    [InlineData("Option F", 1)]
    [InlineData("option: j", 0)]
    [InlineData("\"F\"", 1)]
    [InlineData("F because it pays more", 1)]
    public void Option_replies_map_to_labels_tolerant_of_case_and_whitespace(string reply, int expected)
    {
        Assert.True(OptionReplyParser.TryParse(reply, JF, out int index));
        Assert.Equal(expected, index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("X")]
    [InlineData("Jump")]
    [InlineData("I choose")]
    public void Replies_naming_no_valid_option_are_rejected(string? reply) =>
        Assert.False(OptionReplyParser.TryParse(reply, JF, out _));

    [Fact]
    public void Two_letter_labels_of_the_144_game_sweep_parse()
    {
        Assert.True(OptionReplyParser.TryParse(" QZ", ["QZ", "KB"], out int index));
        Assert.Equal(0, index);
        Assert.False(OptionReplyParser.TryParse("Q", ["QZ", "KB"], out _));
    }

    [Theory]
    [InlineData("Justification: be kind\nAnswer: 5", DonorActionKind.Donate, 5)]
    [InlineData("Justification:\nthey gave\n\nAnswer: Donate, 2.5", DonorActionKind.Donate, 2.5)]
    [InlineData("Answer: Punish, 3", DonorActionKind.Punish, 3)]
    [InlineData("Answer: 0", DonorActionKind.Donate, 0)]
    [InlineData("Answer: Refuse to play", DonorActionKind.Refuse, 0)]
    public void Donor_answers_parse_after_the_first_answer_marker(string reply, DonorActionKind kind, double amount)
    {
        Assert.True(DonorReplyParser.TryParse(reply, donorResources: 10, allowPunish: true, allowRefuse: true, out var decision));
        Assert.Equal(kind, decision!.Kind);
        Assert.Equal(amount, decision.Amount);
    }

    [Theory]
    [InlineData("I give 5")]
    [InlineData("Answer: lots")]
    [InlineData("Answer: 11")]
    [InlineData("Answer: -1")]
    public void Donor_replies_without_a_valid_answer_are_rejected(string reply) =>
        Assert.False(DonorReplyParser.TryParse(reply, donorResources: 10, allowPunish: true, allowRefuse: true, out _));

    [Fact]
    public void Punishing_and_refusing_are_refused_where_the_variant_forbids_them()
    {
        Assert.False(DonorReplyParser.TryParse("Answer: Punish, 1", 10, allowPunish: false, allowRefuse: false, out _));
        Assert.False(DonorReplyParser.TryParse("Answer: Refuse to play", 10, allowPunish: false, allowRefuse: false, out _));
        Assert.Equal("be kind", (DonorReplyParser.TryParse("Justification: be kind\nAnswer: 5", 10, false, false, out var d) ? d! : null!).Justification);
    }
}
