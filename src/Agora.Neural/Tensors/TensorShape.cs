using System.Globalization;

namespace Agora.Neural;

/// <summary>The shape of a tensor: up to four dimensions, row-major, stored inline so shapes never allocate.</summary>
/// <threadsafety>Immutable value.</threadsafety>
public readonly struct TensorShape : IEquatable<TensorShape>
{
    /// <summary>The largest rank supported.</summary>
    public const int MaxRank = 4;

    private readonly int _d0;
    private readonly int _d1;
    private readonly int _d2;
    private readonly int _d3;

    /// <summary>Creates a rank-1 shape.</summary>
    /// <param name="d0">The length.</param>
    public TensorShape(int d0)
        : this(1, d0, 1, 1, 1)
    {
    }

    /// <summary>Creates a rank-2 shape.</summary>
    /// <param name="d0">Rows.</param>
    /// <param name="d1">Columns.</param>
    public TensorShape(int d0, int d1)
        : this(2, d0, d1, 1, 1)
    {
    }

    /// <summary>Creates a rank-3 shape.</summary>
    /// <param name="d0">Outermost dimension.</param>
    /// <param name="d1">Middle dimension.</param>
    /// <param name="d2">Innermost dimension.</param>
    public TensorShape(int d0, int d1, int d2)
        : this(3, d0, d1, d2, 1)
    {
    }

    /// <summary>Creates a rank-4 shape.</summary>
    /// <param name="d0">Outermost dimension.</param>
    /// <param name="d1">Second dimension.</param>
    /// <param name="d2">Third dimension.</param>
    /// <param name="d3">Innermost dimension.</param>
    public TensorShape(int d0, int d1, int d2, int d3)
        : this(4, d0, d1, d2, d3)
    {
    }

    /// <summary>Creates a shape from its dimensions (rank 1 to 4).</summary>
    /// <param name="dims">The dimensions, outermost first; each at least 1.</param>
    public TensorShape(ReadOnlySpan<int> dims)
        : this(
            dims.Length is >= 1 and <= MaxRank ? dims.Length : throw new ArgumentException($"A tensor has rank 1 to {MaxRank}; got {dims.Length}.", nameof(dims)),
            dims[0],
            dims.Length > 1 ? dims[1] : 1,
            dims.Length > 2 ? dims[2] : 1,
            dims.Length > 3 ? dims[3] : 1)
    {
    }

    private TensorShape(int rank, int d0, int d1, int d2, int d3)
    {
        if (d0 < 1 || d1 < 1 || d2 < 1 || d3 < 1)
        {
            throw new ArgumentException($"Tensor dimensions must be at least 1; got {d0}, {d1}, {d2}, {d3}.");
        }

        long length = (long)d0 * d1 * d2 * d3;
        if (length > Array.MaxLength)
        {
            throw new ArgumentException($"A tensor of {length} elements is too large.");
        }

        Rank = rank;
        _d0 = d0;
        _d1 = d1;
        _d2 = d2;
        _d3 = d3;
        Length = (int)length;
    }

    /// <summary>The number of dimensions.</summary>
    public int Rank { get; }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>The size of dimension <paramref name="axis"/>; negative axes count from the end.</summary>
    /// <param name="axis">The axis.</param>
    public int this[int axis]
    {
        get
        {
            int a = axis < 0 ? axis + Rank : axis;
            return a switch
            {
                0 when Rank > 0 => _d0,
                1 when Rank > 1 => _d1,
                2 when Rank > 2 => _d2,
                3 when Rank > 3 => _d3,
                _ => throw new ArgumentOutOfRangeException(nameof(axis), $"Axis {axis} is outside a rank-{Rank} shape."),
            };
        }
    }

    /// <summary>The size of the last dimension (the row length of the row-major layout).</summary>
    public int Last => this[Rank - 1];

    /// <summary>The number of rows when the tensor is viewed as a matrix [Length / Last, Last].</summary>
    public int Rows => Length / Last;

    /// <inheritdoc />
    public bool Equals(TensorShape other) =>
        Rank == other.Rank && _d0 == other._d0 && _d1 == other._d1 && _d2 == other._d2 && _d3 == other._d3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TensorShape s && Equals(s);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rank, _d0, _d1, _d2, _d3);

    /// <summary>Whether two shapes are equal.</summary>
    /// <param name="left">One shape.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TensorShape left, TensorShape right) => left.Equals(right);

    /// <summary>Whether two shapes differ.</summary>
    /// <param name="left">One shape.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TensorShape left, TensorShape right) => !left.Equals(right);

    /// <summary>The shape as <c>[2, 3]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new string[Rank];
        for (int i = 0; i < Rank; i++)
        {
            parts[i] = this[i].ToString(CultureInfo.InvariantCulture);
        }

        return "[" + string.Join(", ", parts) + "]";
    }
}
