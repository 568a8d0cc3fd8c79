using Agora.Core.Randomness;

namespace Agora.Core.Spaces;

/// <summary>The integers <c>Start, Start + 1, …, Start + Size - 1</c>: one discrete choice.</summary>
/// <remarks>Mirrors Gymnasium's <c>Discrete(n, start)</c>; an action mask has one entry per value, in order.</remarks>
public sealed record Discrete
{
    /// <summary>Creates a space of <paramref name="size"/> values starting at <paramref name="start"/>.</summary>
    /// <param name="size">The number of values; positive.</param>
    /// <param name="start">The smallest value; 0 by default.</param>
    public Discrete(int size, int start = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
        Start = start;
    }

    /// <summary>The number of values.</summary>
    public int Size { get; }

    /// <summary>The smallest value.</summary>
    public int Start { get; }

    /// <summary>Whether <paramref name="value"/> lies in the space.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>True when <c>Start ≤ value &lt; Start + Size</c>.</returns>
    public bool Contains(int value) => value >= Start && (long)value - Start < Size;

    /// <summary>A uniform value.</summary>
    /// <param name="rng">The generator; it advances.</param>
    /// <returns>A value of the space.</returns>
    public int Sample(ref AgoraRandom rng) => Start + rng.NextInt(Size);

    /// <summary>A uniform value among those whose mask entry is true.</summary>
    /// <param name="rng">The generator; it advances.</param>
    /// <param name="mask">One entry per value.</param>
    /// <returns>A permitted value, or <see cref="Start"/> when the mask permits none (Gymnasium's convention).</returns>
    /// <exception cref="ArgumentException">The mask does not have <see cref="Size"/> entries.</exception>
    public int Sample(ref AgoraRandom rng, ReadOnlySpan<bool> mask)
    {
        if (mask.Length != Size)
        {
            throw new ArgumentException($"The mask has {mask.Length} entries; the space has {Size} values.", nameof(mask));
        }

        int index = MaskSampling.Pick(ref rng, mask);
        return Start + Math.Max(index, 0);
    }
}
