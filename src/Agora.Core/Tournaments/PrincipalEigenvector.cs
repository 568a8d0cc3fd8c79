namespace Agora.Core.Tournaments;

/// <summary>The principal eigenvector by power iteration, exactly as Axelrod's <c>axelrod/eigen.py</c> computes it for
/// the eigenjesus and eigenmoses ratings.</summary>
/// <remarks>Start from the all-ones vector; each step multiplies by the matrix and divides by the L2 norm (a zero
/// vector becomes NaN, as in numpy); stop when the L2 distance between successive vectors is below 10⁻³ or after 1000
/// iterations, and return the latest vector. Aaronson, "Eigenmorality" (2014).</remarks>
internal static class PrincipalEigenvector
{
    public static double[] Of(double[][] matrix, int maximumIterations = 1000, double maximumError = 1e-3)
    {
        int n = matrix.Length;
        var last = new double[n];
        Array.Fill(last, 1.0);
        double[] vector = last;
        for (int iteration = 0; ; iteration++)
        {
            vector = Normalise(Multiply(matrix, vector));
            if (iteration > maximumIterations || Distance(vector, last) < maximumError)
            {
                return vector;
            }

            last = vector;
        }
    }

    private static double[] Multiply(double[][] matrix, double[] vector)
    {
        var result = new double[vector.Length];
        for (int i = 0; i < matrix.Length; i++)
        {
            double sum = 0;
            for (int j = 0; j < vector.Length; j++)
            {
                sum += matrix[i][j] * vector[j];
            }

            result[i] = sum;
        }

        return result;
    }

    private static double[] Normalise(double[] vector)
    {
        double norm = Math.Sqrt(vector.Sum(x => x * x));
        return [.. vector.Select(x => x / norm)];
    }

    private static double Distance(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }

        return Math.Sqrt(sum);
    }
}
