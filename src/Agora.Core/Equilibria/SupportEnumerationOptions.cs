namespace Agora.Core.Equilibria;

/// <summary>Options for <see cref="SupportEnumeration"/>.</summary>
public sealed record SupportEnumerationOptions
{
    /// <summary>Whether to try only supports of equal size, which finds every equilibrium of a nondegenerate game
    /// with far fewer candidate pairs (923 instead of 3,969 for 6×6).</summary>
    /// <remarks>The default value is <see langword="false"/>: every pair of supports is tried, so pure and mixed
    /// equilibria of degenerate games with supports of different sizes are found too.</remarks>
    public bool EqualSupportSizesOnly { get; init; }

    /// <summary>The largest number of actions per player accepted; the work grows as 4^n.</summary>
    /// <remarks>The default value is 16. Must be between 1 and 30.</remarks>
    public int MaxActions
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxActions));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 30, nameof(MaxActions));
            field = value;
        }
    } = 16;
}
