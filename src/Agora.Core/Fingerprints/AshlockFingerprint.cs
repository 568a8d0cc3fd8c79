namespace Agora.Core.Fingerprints;

/// <summary>An Ashlock fingerprint: a strategy's mean score per turn against the Joss-Ann probe at each grid point.</summary>
/// <param name="Strategy">The fingerprinted strategy's name.</param>
/// <param name="Probe">The probe's name (before transformation).</param>
/// <param name="Game">The stage game's short name.</param>
/// <param name="Coordinates">The grid values shared by both axes, ascending from 0 to 1.</param>
/// <param name="Means">Mean score per turn at each point, x-major: index <c>xIndex·Size + yIndex</c> (Axelrod's point order).</param>
/// <param name="StandardDeviations">Sample standard deviation over repetitions of the per-match score per turn, same layout (0 with one repetition).</param>
/// <param name="Turns">Turns per match.</param>
/// <param name="Repetitions">Matches per point.</param>
/// <param name="Seed">The root seed.</param>
public sealed record AshlockFingerprint(
    string Strategy,
    string Probe,
    string Game,
    IReadOnlyList<double> Coordinates,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> StandardDeviations,
    int Turns,
    int Repetitions,
    ulong Seed)
{
    /// <summary>Points per axis.</summary>
    public int Size => Coordinates.Count;

    /// <summary>The mean score per turn at (x, y) = (Coordinates[xIndex], Coordinates[yIndex]).</summary>
    /// <param name="xIndex">Index of x, the probability of a forced C.</param>
    /// <param name="yIndex">Index of y, the probability of a forced D.</param>
    /// <returns>The mean.</returns>
    public double Mean(int xIndex, int yIndex) => Means[(xIndex * Size) + yIndex];

    /// <summary>The standard deviation over repetitions at (x, y).</summary>
    /// <param name="xIndex">Index of x.</param>
    /// <param name="yIndex">Index of y.</param>
    /// <returns>The sample standard deviation.</returns>
    public double StandardDeviation(int xIndex, int yIndex) => StandardDeviations[(xIndex * Size) + yIndex];
}
