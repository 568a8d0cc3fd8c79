using System.Globalization;
using System.Runtime.CompilerServices;

namespace Agora.Core.Donor;

/// <summary>What a donor did in one round.</summary>
public enum DonorActionKind
{
    /// <summary>Gave up some units; the recipient received Gain times as many.</summary>
    Donate,

    /// <summary>Spent some units to remove Loss times as many from the recipient.</summary>
    Punish,

    /// <summary>Refused to play (partner-choice variant).</summary>
    Refuse,
}

/// <summary>One entry of a trace: "In round r, donor did this to recipient".</summary>
/// <param name="Round">The 1-based round.</param>
/// <param name="Donor">The donor's index.</param>
/// <param name="Recipient">The recipient's index.</param>
/// <param name="Kind">Donate, punish or refuse.</param>
/// <param name="Amount">Units given up.</param>
/// <param name="Fraction">Units given up as a share of the donor's resources before acting; 1 when it had none, as the notebook records it.</param>
public readonly record struct DonorTraceEntry(int Round, int Donor, int Recipient, DonorActionKind Kind, double Amount, double Fraction);

/// <summary>
/// An agent's latest trace: the chain of at most three recent actions a donor sees, newest first. Only three entries are
/// ever shown, so only three are kept, inline, and copying a trace never allocates.
/// </summary>
/// <remarks>
/// When a donor acts, its new trace is the recipient's latest trace with the new action appended (Vallinder &amp;
/// Hughes's 3-hop indirect-reciprocity information): entry 0 is what the recipient did, entry 1 what the recipient's
/// partner did before that, entry 2 one hop further.
/// </remarks>
public struct DonorTrace
{
    /// <summary>The most entries a trace shows.</summary>
    public const int Depth = 3;

    private Entries _entries;

    /// <summary>The number of entries (0 for an agent with no interactions).</summary>
    public int Count { get; private set; }

    /// <summary>The entry <paramref name="hop"/> steps back (0 = newest).</summary>
    /// <param name="hop">0 ≤ hop &lt; <see cref="Count"/>.</param>
    /// <returns>The entry.</returns>
    public readonly DonorTraceEntry this[int hop] =>
        (uint)hop < (uint)Count ? _entries[hop] : throw new ArgumentOutOfRangeException(nameof(hop), hop, $"the trace has {Count} entries.");

    /// <summary>The trace a donor gets after acting: the recipient's trace with <paramref name="entry"/> as the newest entry.</summary>
    /// <param name="recipientTrace">The recipient's latest trace.</param>
    /// <param name="entry">The donor's action.</param>
    /// <returns>The donor's new trace.</returns>
    public static DonorTrace Extend(in DonorTrace recipientTrace, DonorTraceEntry entry)
    {
        var trace = default(DonorTrace);
        trace._entries[0] = entry;
        int kept = Math.Min(recipientTrace.Count, Depth - 1);
        for (int i = 0; i < kept; i++)
        {
            trace._entries[i + 1] = recipientTrace._entries[i];
        }

        trace.Count = kept + 1;
        return trace;
    }

    /// <summary>The trace as the notebook words it, entries newest first joined by single spaces.</summary>
    /// <param name="owner">The agent whose trace this is (named when it has none).</param>
    /// <param name="name">Names agents by index.</param>
    /// <param name="punishmentLoss">The punishment multiple, for punishment lines.</param>
    /// <returns>The text a donor is shown.</returns>
    public readonly string Describe(int owner, Func<int, string> name, double punishmentLoss)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Count == 0)
        {
            return NoInteractions(name(owner));
        }

        var lines = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            var e = _entries[i];
            lines[i] = e.Kind switch
            {
                DonorActionKind.Punish => Punished(e.Round, name(e.Donor), name(e.Recipient), e.Amount, punishmentLoss * e.Amount),
                DonorActionKind.Refuse => Refused(e.Round, name(e.Donor), name(e.Recipient)),
                _ => Donated(e.Round, name(e.Donor), 100 * e.Fraction, name(e.Recipient)),
            };
        }

        return string.Join(" ", lines);
    }

    /// <summary>The line for an agent with no interactions yet.</summary>
    /// <param name="name">The agent.</param>
    /// <returns>"{name} did not have any previous interactions."</returns>
    public static string NoInteractions(string name) => $"{name} did not have any previous interactions.";

    /// <summary>A donation line: the share of the donor's resources with two decimals.</summary>
    /// <param name="round">The round.</param>
    /// <param name="donor">The donor.</param>
    /// <param name="percent">100 × donated / donor's resources.</param>
    /// <param name="recipient">The recipient.</param>
    /// <returns>The line.</returns>
    public static string Donated(int round, string donor, double percent, string recipient) =>
        string.Create(CultureInfo.InvariantCulture, $"In round {round}, {donor} donated {percent:0.00}% of their resources to {recipient}.");

    /// <summary>A punishment line.</summary>
    /// <param name="round">The round.</param>
    /// <param name="donor">The punisher.</param>
    /// <param name="recipient">The punished.</param>
    /// <param name="spent">Units spent.</param>
    /// <param name="removed">Units removed.</param>
    /// <returns>The line.</returns>
    public static string Punished(int round, string donor, string recipient, double spent, double removed) =>
        string.Create(CultureInfo.InvariantCulture, $"In round {round}, {donor} punished {recipient} by spending {Number(spent)} units to take away {Number(removed)} units from their resources.");

    /// <summary>A refusal line.</summary>
    /// <param name="round">The round.</param>
    /// <param name="donor">The donor who refused.</param>
    /// <param name="recipient">The recipient.</param>
    /// <returns>The line.</returns>
    public static string Refused(int round, string donor, string recipient) =>
        string.Create(CultureInfo.InvariantCulture, $"In round {round}, {donor} refused to play with {recipient}.");

    /// <summary>Numbers as Python's str() prints the notebook's values: integers bare, others round-trip.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture);

    [InlineArray(Depth)]
    private struct Entries
    {
        private DonorTraceEntry _first;
    }
}
