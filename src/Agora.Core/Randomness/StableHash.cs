using System.Text;

namespace Agora.Core.Randomness;

/// <summary>
/// A hash of strings that never changes between processes, platforms or .NET versions, for deriving seeds from names.
/// </summary>
/// <remarks>
/// <see cref="string.GetHashCode()"/> is randomised per process, so it can never feed a seed. This is 64-bit FNV-1a
/// over the UTF-8 bytes, finished with <see cref="SplitMix64.Mix"/> so that similar keys land far apart.
/// <threadsafety>Static and pure; safe from any thread.</threadsafety>
/// </remarks>
public static class StableHash
{
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>Hashes <paramref name="text"/> to 64 bits.</summary>
    /// <param name="text">The text to hash.</param>
    /// <returns>A stable 64-bit hash.</returns>
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> buffer = text.Length <= 256 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(text.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        int count = Encoding.UTF8.GetBytes(text, buffer);
        ulong hash = FnvOffset;
        foreach (byte b in buffer[..count])
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }

        return SplitMix64.Mix(hash);
    }
}
