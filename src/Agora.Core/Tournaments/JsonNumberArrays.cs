using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Agora.Core.Tournaments;

/// <summary>Writes flat arrays of numbers into a <see cref="Utf8JsonWriter"/> as one raw value each, with exactly the
/// bytes the writer's own <c>WriteNumberValue</c> calls would give (compact output, non-finite doubles as
/// <c>null</c>), but without formatting the same double twice.</summary>
/// <remarks>A 1000-repetition ResultSet holds about half a million doubles (per-repetition payoffs and score
/// differences) but, with integer payoffs and fixed lengths, only a few thousand distinct values, and shortest
/// round-trip formatting costs far more than a table look-up. The loops are compiled optimised at once
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>) because a command writes one ResultSet and exits: tiered
/// compilation would run most of that one call in unoptimised code. The writer formats doubles with
/// <see cref="Utf8Formatter"/>, as <see cref="Utf8JsonWriter"/> does, so the bytes are identical.</remarks>
internal sealed class JsonNumberArrays
{
    /// <summary>Distinct doubles remembered at most; later new values are formatted every time.</summary>
    private const int MaxCached = 1 << 16;

    // The longest shortest-round-trip double ("-2.2250738585072014E-308") is 24 bytes.
    private const int MaxNumberBytes = 32;

    // An open-addressing table from a double's bits to its text (linear probing, at most half full): a dictionary
    // keyed by ulong would run as unoptimised generic code for most of the one call a command makes.
    private ulong[] _keys = new ulong[1 << 12];
    private byte[]?[] _texts = new byte[]?[1 << 12];
    private int _cached;
    private byte[] _buffer = new byte[4096];
    private int _length;

    /// <summary>Writes <c>[v0,v1,…]</c>; NaN and infinities as <c>null</c>.</summary>
    /// <param name="writer">The writer, positioned where a value may go.</param>
    /// <param name="values">The values.</param>
    public void WriteDoubles(Utf8JsonWriter writer, IReadOnlyList<double> values) => WriteDoubles(writer, (values as double[] ?? [.. values]).AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteDoubles(Utf8JsonWriter writer, ReadOnlySpan<double> values)
    {
        Start(values.Length);
        ulong previousBits = 0;
        byte[]? previous = null;
        for (int i = 0; i < values.Length; i++)
        {
            Separate(i);
            double value = values[i];
            if (!double.IsFinite(value))
            {
                Append("null"u8);
                continue;
            }

            ulong bits = BitConverter.DoubleToUInt64Bits(value);
            if (previous is null || bits != previousBits)
            {
                previous = Formatted(value, bits);
                previousBits = bits;
            }

            Append(previous);
        }

        Finish(writer);
    }

    /// <summary>Writes <c>[v0,v1,…]</c>.</summary>
    /// <param name="writer">The writer, positioned where a value may go.</param>
    /// <param name="values">The values.</param>
    public void WriteIntegers(Utf8JsonWriter writer, IReadOnlyList<int> values) => WriteIntegers(writer, (values as int[] ?? [.. values]).AsSpan());

    /// <summary>Writes <c>[v0,v1,…]</c>.</summary>
    /// <param name="writer">The writer, positioned where a value may go.</param>
    /// <param name="values">The values.</param>
    public void WriteIntegers(Utf8JsonWriter writer, IReadOnlyList<long> values) => WriteIntegers(writer, (values as long[] ?? [.. values]).AsSpan());

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteIntegers<T>(Utf8JsonWriter writer, ReadOnlySpan<T> values)
        where T : struct, IBinaryInteger<T>
    {
        Start(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            Separate(i);
            values[i].TryFormat(_buffer.AsSpan(_length), out int written, default, CultureInfo.InvariantCulture);
            _length += written;
        }

        Finish(writer);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private byte[] Formatted(double value, ulong bits)
    {
        int mask = _keys.Length - 1;
        int slot = Slot(bits, mask);
        while (_texts[slot] is { } known)
        {
            if (_keys[slot] == bits)
            {
                return known;
            }

            slot = (slot + 1) & mask;
        }

        Span<byte> text = stackalloc byte[MaxNumberBytes];
        Utf8Formatter.TryFormat(value, text, out int written);
        byte[] bytes = text[..written].ToArray();
        if (_cached < MaxCached)
        {
            (_keys[slot], _texts[slot]) = (bits, bytes);
            if (++_cached * 2 > _keys.Length)
            {
                Grow();
            }
        }

        return bytes;
    }

    // Fibonacci hashing: the top bits of bits × 2⁶⁴/φ, spread well for doubles that differ only in low mantissa bits.
    private static int Slot(ulong bits, int mask) => (int)((bits * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    private void Grow()
    {
        (ulong[] keys, byte[]?[] texts) = (_keys, _texts);
        _keys = new ulong[keys.Length * 2];
        _texts = new byte[]?[keys.Length * 2];
        int mask = _keys.Length - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            if (texts[i] is { } text)
            {
                int slot = Slot(keys[i], mask);
                while (_texts[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                (_keys[slot], _texts[slot]) = (keys[i], text);
            }
        }
    }

    private void Start(int count)
    {
        // Room for every number at its longest, the commas and the brackets, so the loops never check capacity.
        long needed = ((long)count * (MaxNumberBytes + 1)) + 2;
        if (_buffer.Length < needed)
        {
            _buffer = new byte[checked((int)Math.Max(needed, 2L * _buffer.Length))];
        }

        _buffer[0] = (byte)'[';
        _length = 1;
    }

    private void Separate(int index)
    {
        if (index > 0)
        {
            _buffer[_length++] = (byte)',';
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Finish(Utf8JsonWriter writer)
    {
        _buffer[_length++] = (byte)']';
        writer.WriteRawValue(_buffer.AsSpan(0, _length), skipInputValidation: true);
    }
}
