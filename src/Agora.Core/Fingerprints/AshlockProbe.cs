using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Fingerprints;

/// <summary>The probe played at one point (x, y) of an Ashlock fingerprint.</summary>
/// <remarks>
/// Ashlock and Kim (2008) and Ashlock, Kim and Ashlock (2010): for x + y &lt; 1 the probe is the Joss-Ann transform
/// JA(P, x, y), which plays C with probability x, D with probability y and otherwise P's move; for x + y ≥ 1 it is the
/// dual of JA(P, 1 − x, 1 − y), which plays C with probability 1 − y, D with probability 1 − x and otherwise the dual
/// of P (the exact opposite of P facing the same history). Both pieces agree on the line x + y = 1, and Axelrod's
/// <c>_create_jossann</c> uses the same split (≥ 1 takes the dual).
/// </remarks>
public static class AshlockProbe
{
    /// <summary>Creates the probe for (x, y), wrapping a fresh clone of <paramref name="probe"/>.</summary>
    /// <param name="probe">The underlying strategy, e.g. Tit For Tat.</param>
    /// <param name="x">Probability of a forced C, in [0, 1].</param>
    /// <param name="y">Probability of a forced D, in [0, 1].</param>
    /// <returns>The transformed strategy.</returns>
    public static Strategy Create(Strategy probe, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) lies outside the unit square.");
        }

        return x + y >= 1
            ? new DualTransformer(new JossAnnTransformer(probe.Clone(), 1 - x, 1 - y))
            : new JossAnnTransformer(probe.Clone(), x, y);
    }
}
