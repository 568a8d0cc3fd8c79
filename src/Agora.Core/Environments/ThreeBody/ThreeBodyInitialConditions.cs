using Agora.Core.Randomness;

namespace Agora.Core.Environments.ThreeBody;

/// <summary>The drawn positions (au) of bodies 1 and 2 in the plane; body 0 starts at the origin.</summary>
/// <param name="X1">Body 1's x, in [5, 20] au.</param>
/// <param name="Y1">Body 1's y, in [0, 10] au.</param>
/// <param name="X2">Body 2's x, in [−10, 0] au.</param>
/// <param name="Y2">Body 2's y, in [5, 20] au.</param>
/// <remarks>
/// The rule of Saz Ulibarrena &amp; Portegies Zwart's code (<c>env/ThreeBP_env.py</c>): <c>np.random.seed(seed)</c>, then one
/// <c>uniform(low, high)</c> vector with low = (5, 0, 0, 5) and high = (20, 10, −10, 20), drawn in that order.
/// </remarks>
public sealed record ThreeBodyInitialConditions(double X1, double Y1, double X2, double Y2)
{
    /// <summary>Draws the initial conditions of <paramref name="seed"/> exactly as numpy's legacy generator does.</summary>
    /// <param name="seed">The episode seed (numpy's 32-bit seed).</param>
    /// <returns>The positions of bodies 1 and 2.</returns>
    public static ThreeBodyInitialConditions FromSeed(uint seed)
    {
        var rng = new NumpyLegacyRandom(seed);
        double x1 = rng.Uniform(5.0, 20.0);
        double y1 = rng.Uniform(0.0, 10.0);
        double x2 = rng.Uniform(0.0, -10.0);
        double y2 = rng.Uniform(5.0, 20.0);
        return new ThreeBodyInitialConditions(x1, y1, x2, y2);
    }
}
