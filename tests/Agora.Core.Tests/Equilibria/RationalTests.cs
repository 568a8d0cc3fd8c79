using System.Numerics;
using Agora.Core.Equilibria;
using CsCheck;

namespace Agora.Core.Tests.Equilibria;

public sealed class RationalTests
{
    [Fact]
    public void Doubles_convert_exactly_and_back()
    {
        Assert.Equal("1/2", Rational.FromDouble(0.5).ToString());
        Assert.Equal("-3", Rational.FromDouble(-3).ToString());
        Assert.Equal("3602879701896397/36028797018963968", Rational.FromDouble(0.1).ToString());
        Gen.Double.Where(double.IsFinite).Sample(d => Rational.FromDouble(d).ToDouble() == d);
    }

    [Fact]
    public void Arithmetic_reduces_to_lowest_terms()
    {
        var third = new Rational(2, 6);
        Assert.Equal("1/3", third.ToString());
        Assert.Equal(Rational.One, third + third + third);
        Assert.Equal(new Rational(-1, 6), third - new Rational(1, 2));
        Assert.Equal(new Rational(2, 9), third * new Rational(2, 3));
        Assert.Equal(new Rational(1, 2), third / new Rational(2, 3));
        Assert.True(new Rational(1, 3) < new Rational(1, 2));
        Assert.Equal(new Rational(BigInteger.One, -2), -new Rational(1, 2));
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
        Assert.Equal(1.0 / 3, third.ToDouble());
    }
}
