using System.Numerics;
using Agora.Core.Games;

namespace Agora.Core.Equilibria;

/// <summary>A <see cref="MatrixGame"/>'s two payoff matrices as exact rationals, the input every solver here uses.</summary>
internal sealed class ExactBimatrix
{
    private ExactBimatrix(Rational[,] row, Rational[,] column)
    {
        RowPayoffs = row;
        ColumnPayoffs = column;
    }

    /// <summary>Player 0's payoffs A[i, j].</summary>
    public Rational[,] RowPayoffs { get; }

    /// <summary>Player 1's payoffs B[i, j].</summary>
    public Rational[,] ColumnPayoffs { get; }

    /// <summary>m, the number of row actions.</summary>
    public int Rows => RowPayoffs.GetLength(0);

    /// <summary>n, the number of column actions.</summary>
    public int Columns => RowPayoffs.GetLength(1);

    /// <summary>Converts the stage game's payoffs exactly (each double is a dyadic rational).</summary>
    /// <param name="game">The game.</param>
    /// <returns>The exact matrices.</returns>
    public static ExactBimatrix From(MatrixGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var row = new Rational[game.Rows, game.Columns];
        var column = new Rational[game.Rows, game.Columns];
        for (int i = 0; i < game.Rows; i++)
        {
            for (int j = 0; j < game.Columns; j++)
            {
                row[i, j] = Rational.FromDouble(game.Payoff(0, i, j));
                column[i, j] = Rational.FromDouble(game.Payoff(1, i, j));
            }
        }

        return new ExactBimatrix(row, column);
    }

    /// <summary>Both matrices times one common denominator, as integers; indifference equations keep their solutions.</summary>
    /// <returns>Integer A and B, scaled by the same positive factor.</returns>
    public (BigInteger[,] Row, BigInteger[,] Column) IntegerPayoffs()
    {
        // Denominators of converted doubles are powers of two, so the largest is a multiple of all the others.
        BigInteger scale = BigInteger.One;
        foreach (Rational value in RowPayoffs)
        {
            scale = BigInteger.Max(scale, value.Denominator);
        }

        foreach (Rational value in ColumnPayoffs)
        {
            scale = BigInteger.Max(scale, value.Denominator);
        }

        var row = new BigInteger[Rows, Columns];
        var column = new BigInteger[Rows, Columns];
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                row[i, j] = RowPayoffs[i, j].Numerator * (scale / RowPayoffs[i, j].Denominator);
                column[i, j] = ColumnPayoffs[i, j].Numerator * (scale / ColumnPayoffs[i, j].Denominator);
            }
        }

        return (row, column);
    }

    /// <summary><see cref="IntegerPayoffs"/> shifted so the smallest entry of either matrix is 1; adding a constant
    /// to a player's payoffs changes no equilibrium, and the best-response polytopes need positive payoffs.</summary>
    /// <returns>Integer A and B, all entries at least 1.</returns>
    public (BigInteger[,] A, BigInteger[,] B) PositiveIntegerPayoffs()
    {
        (BigInteger[,] a, BigInteger[,] b) = IntegerPayoffs();
        BigInteger min = BigInteger.One;
        foreach (BigInteger value in a)
        {
            min = BigInteger.Min(min, value);
        }

        foreach (BigInteger value in b)
        {
            min = BigInteger.Min(min, value);
        }

        BigInteger shift = BigInteger.One - min;
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                a[i, j] += shift;
                b[i, j] += shift;
            }
        }

        return (a, b);
    }

    /// <summary>x·A·y and x·B·y.</summary>
    /// <param name="x">The row strategy.</param>
    /// <param name="y">The column strategy.</param>
    /// <returns>The two expected payoffs.</returns>
    public (Rational Row, Rational Column) ExpectedPayoffs(IReadOnlyList<Rational> x, IReadOnlyList<Rational> y)
    {
        Rational row = Rational.Zero, column = Rational.Zero;
        for (int i = 0; i < Rows; i++)
        {
            if (x[i].Sign == 0)
            {
                continue;
            }

            for (int j = 0; j < Columns; j++)
            {
                if (y[j].Sign == 0)
                {
                    continue;
                }

                Rational weight = x[i] * y[j];
                row += weight * RowPayoffs[i, j];
                column += weight * ColumnPayoffs[i, j];
            }
        }

        return (row, column);
    }

    /// <summary>The row player's payoff for each pure action against y: (A·y)_i.</summary>
    /// <param name="y">The column strategy.</param>
    /// <returns>One value per row action.</returns>
    public Rational[] RowActionValues(IReadOnlyList<Rational> y)
    {
        var values = new Rational[Rows];
        for (int i = 0; i < Rows; i++)
        {
            Rational sum = Rational.Zero;
            for (int j = 0; j < Columns; j++)
            {
                if (y[j].Sign != 0)
                {
                    sum += RowPayoffs[i, j] * y[j];
                }
            }

            values[i] = sum;
        }

        return values;
    }

    /// <summary>The column player's payoff for each pure action against x: (xᵀ·B)_j.</summary>
    /// <param name="x">The row strategy.</param>
    /// <returns>One value per column action.</returns>
    public Rational[] ColumnActionValues(IReadOnlyList<Rational> x)
    {
        var values = new Rational[Columns];
        for (int j = 0; j < Columns; j++)
        {
            Rational sum = Rational.Zero;
            for (int i = 0; i < Rows; i++)
            {
                if (x[i].Sign != 0)
                {
                    sum += ColumnPayoffs[i, j] * x[i];
                }
            }

            values[j] = sum;
        }

        return values;
    }
}
