using Agora.Core.Randomness;

namespace Agora.Core.Spaces;

/// <summary>A vector of independent discrete choices; coordinate i takes values 0 … nvec[i] - 1.</summary>
/// <remarks>
/// Mirrors Gymnasium's <c>MultiDiscrete</c> with a flat shape. A mask is the concatenation of one mask per coordinate,
/// so it has <see cref="TotalChoices"/> entries.
/// </remarks>
public sealed class MultiDiscrete
{
    private readonly int[] _nvec;

    /// <summary>Creates the space.</summary>
    /// <param name="nvec">The number of values of each coordinate; each positive.</param>
    public MultiDiscrete(ReadOnlySpan<int> nvec)
    {
        for (int i = 0; i < nvec.Length; i++)
        {
            if (nvec[i] <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(nvec), nvec[i], $"nvec[{i}] must be positive.");
            }
        }

        _nvec = nvec.ToArray();
        TotalChoices = _nvec.Sum();
    }

    /// <summary>The number of coordinates.</summary>
    public int Length => _nvec.Length;

    /// <summary>The number of values of each coordinate.</summary>
    public ReadOnlySpan<int> Nvec => _nvec;

    /// <summary>The sum of <see cref="Nvec"/>: the length of a mask.</summary>
    public int TotalChoices { get; }

    /// <summary>Whether every coordinate of <paramref name="value"/> is in range.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns>True when it belongs to the space.</returns>
    public bool Contains(ReadOnlySpan<int> value)
    {
        if (value.Length != _nvec.Length)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] < 0 || value[i] >= _nvec[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a uniform member of the space.</summary>
    /// <param name="rng">The generator; it advances.</param>
    /// <param name="destination">A buffer of <see cref="Length"/> entries.</param>
    public void Sample(ref AgoraRandom rng, Span<int> destination)
    {
        CheckLength(destination);
        for (int i = 0; i < _nvec.Length; i++)
        {
            destination[i] = rng.NextInt(_nvec[i]);
        }
    }

    /// <summary>Writes a member chosen uniformly per coordinate among the values its mask permits.</summary>
    /// <param name="rng">The generator; it advances.</param>
    /// <param name="destination">A buffer of <see cref="Length"/> entries.</param>
    /// <param name="mask">The per-coordinate masks, concatenated (<see cref="TotalChoices"/> entries).</param>
    /// <remarks>A coordinate whose mask permits nothing gets 0, as in Gymnasium.</remarks>
    public void Sample(ref AgoraRandom rng, Span<int> destination, ReadOnlySpan<bool> mask)
    {
        CheckLength(destination);
        if (mask.Length != TotalChoices)
        {
            throw new ArgumentException($"The mask has {mask.Length} entries; expected {TotalChoices}.", nameof(mask));
        }

        int offset = 0;
        for (int i = 0; i < _nvec.Length; i++)
        {
            destination[i] = Math.Max(0, MaskSampling.Pick(ref rng, mask.Slice(offset, _nvec[i])));
            offset += _nvec[i];
        }
    }

    private void CheckLength(Span<int> destination)
    {
        if (destination.Length != _nvec.Length)
        {
            throw new ArgumentException($"The destination has {destination.Length} entries; the space has {_nvec.Length}.", nameof(destination));
        }
    }
}
