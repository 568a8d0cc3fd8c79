using System.Globalization;
using System.Numerics;

namespace Agora.Core.Equilibria;

/// <summary>An exact rational number p/q in lowest terms with q &gt; 0, used so that equilibrium computations never
/// depend on a floating-point tolerance.</summary>
/// <remarks>
/// Every finite <see cref="double"/> is a dyadic rational m·2^e, so <see cref="FromDouble"/> converts a payoff exactly;
/// sums, products and quotients of such values stay exact. Values are immutable and thread-safe.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator, bool reduce)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("A rational number cannot have a zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (reduce && !denominator.IsOne)
        {
            BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            if (!gcd.IsOne && !gcd.IsZero)
            {
                numerator /= gcd;
                denominator /= gcd;
            }
        }

        Numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>Creates p/q reduced to lowest terms.</summary>
    /// <param name="numerator">p.</param>
    /// <param name="denominator">q, not zero.</param>
    public Rational(BigInteger numerator, BigInteger denominator)
        : this(numerator, denominator, reduce: true)
    {
    }

    /// <summary>Zero.</summary>
    public static Rational Zero => new(BigInteger.Zero, BigInteger.One, false);

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, false);

    /// <summary>The numerator, carrying the sign.</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, always positive (1 for the default value).</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>The sign: −1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>Converts a finite double exactly (no rounding: the result equals the double's value).</summary>
    /// <param name="value">A finite value.</param>
    /// <returns>The same number as a fraction.</returns>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{value} is not a finite number.", nameof(value));
        }

        if (value == 0)
        {
            return Zero;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger numerator = negative ? -mantissa : mantissa;
        return exponent >= 0
            ? new Rational(numerator << exponent, BigInteger.One, false)
            : new Rational(numerator, BigInteger.One << -exponent, true);
    }

    /// <summary>The nearest double.</summary>
    /// <returns>p/q rounded to double precision.</returns>
    public double ToDouble()
    {
        if (Denominator.IsOne)
        {
            return (double)Numerator;
        }

        // Scale so the integer quotient carries more than 53 significant bits, then divide once.
        long shift = Math.Max(0, 64 - ((long)Numerator.GetBitLength() - (long)Denominator.GetBitLength()));
        BigInteger quotient = BigInteger.Divide(Numerator << (int)shift, Denominator);
        return Math.ScaleB((double)quotient, (int)-shift);
    }

    /// <summary>Adds.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a + b.</returns>
    public static Rational operator +(Rational a, Rational b) =>
        a.Denominator == b.Denominator ? new(a.Numerator + b.Numerator, a.Denominator) : new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    /// <summary>Subtracts.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a − b.</returns>
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    /// <summary>Negates.</summary>
    /// <param name="a">The value.</param>
    /// <returns>−a.</returns>
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, false);

    /// <summary>Multiplies.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>a·b.</returns>
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    /// <summary>Divides.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right, not zero.</param>
    /// <returns>a / b.</returns>
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>Compares.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether a &lt; b.</returns>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Compares.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether a &gt; b.</returns>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Compares.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether a ≤ b.</returns>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Compares.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether a ≥ b.</returns>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>Equality.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">Left.</param>
    /// <param name="b">Right.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>An integer as a rational.</summary>
    /// <param name="value">The integer.</param>
    public static implicit operator Rational(long value) => new(value, BigInteger.One, false);

    /// <inheritdoc />
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Writes <c>p</c> for integers and <c>p/q</c> otherwise, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Denominator.IsOne
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
