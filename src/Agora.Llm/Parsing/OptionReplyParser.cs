namespace Agora.Llm.Parsing;

/// <summary>Maps a model's reply to one of the option labels, tolerant of case, whitespace and a leading "Option".</summary>
/// <remarks>
/// Akata et al. read the single token generated after "A: Option", so a good reply is " J". Longer replies are accepted
/// when they start with exactly one label as a whole word ("j.", "Option F", "F because…"); anything else names no
/// valid option and is re-asked.
/// </remarks>
public static class OptionReplyParser
{
    /// <summary>Finds the label a reply names.</summary>
    /// <param name="reply">The reply text.</param>
    /// <param name="labels">The valid labels (e.g. J, F).</param>
    /// <param name="index">The index of the label named.</param>
    /// <returns>Whether the reply names exactly one valid label.</returns>
    public static bool TryParse(string? reply, IReadOnlyList<string> labels, out int index)
    {
        ArgumentNullException.ThrowIfNull(labels);
        index = -1;
        if (string.IsNullOrWhiteSpace(reply))
        {
            return false;
        }

        ReadOnlySpan<char> text = reply.AsSpan().Trim().TrimStart("\"'*`(").Trim();
        if (text.StartsWith("option", StringComparison.OrdinalIgnoreCase))
        {
            text = text["option".Length..].TrimStart().TrimStart(":").TrimStart();
        }

        for (int i = 0; i < labels.Count; i++)
        {
            string label = labels[i];
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && (text.Length == label.Length || !char.IsLetterOrDigit(text[label.Length])))
            {
                if (index >= 0)
                {
                    index = -1;
                    return false;
                }

                index = i;
            }
        }

        return index >= 0;
    }
}
