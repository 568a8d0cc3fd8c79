namespace Agora.Core.Evolution;

/// <summary>Classical Runge–Kutta integration of a vector field on a product of simplices (one or more populations).</summary>
/// <remarks>
/// Each step is the 4th-order RK4 update (error O(dt⁴) per unit time), followed by clamping at 0 and renormalising each
/// population's block to sum 1, which removes round-off without moving an exact solution.
/// </remarks>
internal static class SimplexRk4
{
    /// <summary>A vector field: writes ż for the state z.</summary>
    /// <param name="z">The state.</param>
    /// <param name="dz">The derivative (same length).</param>
    internal delegate void Field(ReadOnlySpan<double> z, Span<double> dz);

    /// <summary>Integrates <paramref name="field"/> from <paramref name="state"/>, keeping every <paramref name="every"/>-th state.</summary>
    /// <param name="field">The vector field.</param>
    /// <param name="state">The normalised initial state, one block per population; advanced in place.</param>
    /// <param name="blocks">The block lengths, summing to the state's length.</param>
    /// <param name="dt">The step.</param>
    /// <param name="steps">The number of steps.</param>
    /// <param name="every">Keep one state every this many steps; the initial and final states are always kept.</param>
    /// <returns>The kept states, oldest first.</returns>
    internal static List<double[]> Integrate(Field field, double[] state, int[] blocks, double dt, int steps, int every)
    {
        int n = state.Length;
        var trajectory = new List<double[]> { (double[])state.Clone() };
        var k1 = new double[n];
        var k2 = new double[n];
        var k3 = new double[n];
        var k4 = new double[n];
        var probe = new double[n];
        for (int s = 1; s <= steps; s++)
        {
            field(state, k1);
            Offset(state, k1, dt / 2, probe);
            field(probe, k2);
            Offset(state, k2, dt / 2, probe);
            field(probe, k3);
            Offset(state, k3, dt, probe);
            field(probe, k4);
            for (int i = 0; i < n; i++)
            {
                state[i] = Math.Max(0, state[i] + (dt / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i])));
            }

            int start = 0;
            foreach (int length in blocks)
            {
                double sum = 0;
                for (int i = start; i < start + length; i++)
                {
                    sum += state[i];
                }

                for (int i = start; i < start + length; i++)
                {
                    state[i] /= sum;
                }

                start += length;
            }

            if (s % every == 0 || s == steps)
            {
                trajectory.Add((double[])state.Clone());
            }
        }

        return trajectory;
    }

    /// <summary>Checks the step arguments, naming the one at fault.</summary>
    /// <param name="dt">The step.</param>
    /// <param name="steps">The number of steps.</param>
    /// <param name="every">The keeping interval.</param>
    internal static void CheckSteps(double dt, int steps, int every)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfLessThan(every, 1);
        if (!(dt > 0) || double.IsInfinity(dt))
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be positive and finite.");
        }
    }

    /// <summary>Normalises a population's initial shares, refusing negative or all-zero ones.</summary>
    /// <param name="initial">The shares.</param>
    /// <param name="types">How many there must be.</param>
    /// <param name="name">The parameter name for the error.</param>
    /// <returns>The normalised shares.</returns>
    internal static double[] Normalised(IReadOnlyList<double> initial, int types, string name)
    {
        ArgumentNullException.ThrowIfNull(initial, name);
        if (initial.Count != types || initial.Any(v => !(v >= 0)) || !(initial.Sum() > 0))
        {
            throw new ArgumentException($"The initial state needs {types} non-negative shares with a positive sum.", name);
        }

        double total = initial.Sum();
        return [.. initial.Select(v => v / total)];
    }

    private static void Offset(double[] x, double[] slope, double h, double[] result)
    {
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = x[i] + (h * slope[i]);
        }
    }
}
