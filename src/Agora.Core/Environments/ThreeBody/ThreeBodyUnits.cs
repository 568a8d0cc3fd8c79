namespace Agora.Core.Environments.ThreeBody;

/// <summary>The N-body units of the paper's AMUSE converter (total mass 3 M☉, length 1 au, G = 1).</summary>
/// <remarks>
/// Constants as in AMUSE and the reference prototype: G = 6.674e-11, M☉ = 1.98892e30 kg, au = 1.495978707e11 m,
/// yr = 365.242199 d. The time unit is √(au³/(G·3M☉)) ≈ 0.09188 yr.
/// </remarks>
public static class ThreeBodyUnits
{
    /// <summary>Newton's constant in SI units.</summary>
    public const double G = 6.674e-11;

    /// <summary>The solar mass in kg.</summary>
    public const double SolarMass = 1.98892e30;

    /// <summary>The astronomical unit in m.</summary>
    public const double AstronomicalUnit = 1.495978707e11;

    /// <summary>The year in s (365.242199 days).</summary>
    public const double Year = 365.242199 * 86400.0;

    /// <summary>The N-body time unit in s.</summary>
    public static readonly double TimeUnit = Math.Sqrt(Math.Pow(AstronomicalUnit, 3) / (G * (3 * SolarMass)));

    /// <summary>The N-body velocity unit in m/s.</summary>
    public static readonly double VelocityUnit = AstronomicalUnit / TimeUnit;
}
