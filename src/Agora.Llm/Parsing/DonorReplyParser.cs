using System.Globalization;
using System.Text.RegularExpressions;
using Agora.Core.Donor;

namespace Agora.Llm.Parsing;

/// <summary>A parsed Donor-game decision.</summary>
/// <param name="Kind">Donate, punish or refuse.</param>
/// <param name="Amount">Units given up (0 for a refusal).</param>
/// <param name="Justification">The text before "Answer:", with "Justification:" removed.</param>
public sealed record DonorDecision(DonorActionKind Kind, double Amount, string Justification);

/// <summary>
/// Parses a Donor-game reply the way Vallinder &amp; Hughes's notebook does: split at the first <c>Answer:</c>, then read
/// "Donate, x", "Punish, x", "Refuse to play" or a bare number.
/// </summary>
public static partial class DonorReplyParser
{
    /// <summary>The paper's limit on re-asking for a parsable answer before the donor gives 0.</summary>
    public const int MaxAttempts = 10;

    /// <summary>Parses a reply.</summary>
    /// <param name="reply">The reply.</param>
    /// <param name="donorResources">The donor's resources: amounts above them are invalid.</param>
    /// <param name="allowPunish">Whether "Punish, x" is a valid answer in this variant.</param>
    /// <param name="allowRefuse">Whether "Refuse to play" is a valid answer in this variant.</param>
    /// <param name="decision">The decision, when valid.</param>
    /// <returns>Whether the reply holds a valid answer.</returns>
    public static bool TryParse(string? reply, double donorResources, bool allowPunish, bool allowRefuse, out DonorDecision? decision)
    {
        decision = null;
        if (string.IsNullOrWhiteSpace(reply))
        {
            return false;
        }

        int split = reply.IndexOf("Answer:", StringComparison.Ordinal);
        if (split < 0)
        {
            return false;
        }

        string justification = reply[..split].Replace("Justification:", string.Empty, StringComparison.Ordinal).Trim();
        string answer = reply[(split + "Answer:".Length)..].Trim();
        if (allowRefuse && answer.StartsWith("Refuse to play", StringComparison.OrdinalIgnoreCase))
        {
            decision = new DonorDecision(DonorActionKind.Refuse, 0, justification);
            return true;
        }

        var kind = DonorActionKind.Donate;
        var action = ActionPrefix().Match(answer);
        if (action.Success)
        {
            kind = action.Groups[1].Value.Equals("punish", StringComparison.OrdinalIgnoreCase) ? DonorActionKind.Punish : DonorActionKind.Donate;
            answer = answer[action.Length..];
        }

        if (kind == DonorActionKind.Punish && !allowPunish)
        {
            return false;
        }

        var number = LeadingNumber().Match(answer);
        if (!number.Success || !double.TryParse(number.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double amount)
            || !double.IsFinite(amount) || amount < 0 || amount > donorResources)
        {
            return false;
        }

        decision = new DonorDecision(kind, amount, justification);
        return true;
    }

    [GeneratedRegex(@"^(donate|punish)\s*,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ActionPrefix();

    [GeneratedRegex(@"^\s*\$?\s*([0-9]+(\.[0-9]+)?|\.[0-9]+)")]
    private static partial Regex LeadingNumber();
}
