namespace Agora.Core.Evolution;

/// <summary>One game a Moran generation schedules: node <see cref="First"/> (row seat) against node
/// <see cref="Second"/>, with <see cref="First"/> &lt; <see cref="Second"/>.</summary>
/// <param name="First">The smaller node index; it plays seat 0.</param>
/// <param name="Second">The larger node index; it plays seat 1.</param>
public readonly record struct MatchPair(int First, int Second) : IComparable<MatchPair>
{
    /// <summary>The pair of two distinct nodes in canonical (ascending) order.</summary>
    /// <param name="a">One node.</param>
    /// <param name="b">The other node.</param>
    /// <returns>The pair with the smaller index first.</returns>
    public static MatchPair Of(int a, int b) => a < b ? new MatchPair(a, b) : new MatchPair(b, a);

    /// <summary>Lexicographic order: by <see cref="First"/>, then <see cref="Second"/>.</summary>
    /// <param name="other">The other pair.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(MatchPair other) => First != other.First ? First.CompareTo(other.First) : Second.CompareTo(other.Second);

    /// <summary>Whether <paramref name="node"/> is one of the two players.</summary>
    /// <param name="node">A node index.</param>
    /// <returns>True when it plays in this pair.</returns>
    public bool Involves(int node) => First == node || Second == node;

    /// <summary>Lexicographic comparison.</summary>
    /// <param name="left">The left pair.</param>
    /// <param name="right">The right pair.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(MatchPair left, MatchPair right) => left.CompareTo(right) < 0;

    /// <summary>Lexicographic comparison.</summary>
    /// <param name="left">The left pair.</param>
    /// <param name="right">The right pair.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(MatchPair left, MatchPair right) => left.CompareTo(right) > 0;

    /// <summary>Lexicographic comparison.</summary>
    /// <param name="left">The left pair.</param>
    /// <param name="right">The right pair.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(MatchPair left, MatchPair right) => left.CompareTo(right) <= 0;

    /// <summary>Lexicographic comparison.</summary>
    /// <param name="left">The left pair.</param>
    /// <param name="right">The right pair.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(MatchPair left, MatchPair right) => left.CompareTo(right) >= 0;
}
