using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Fingerprints;

/// <summary>How an Ashlock fingerprint is measured.</summary>
public sealed record AshlockFingerprintOptions
{
    /// <summary>The grid spacing; the grid is <see cref="FingerprintGrid.Coordinates"/> of it on both axes.</summary>
    /// <remarks>The default value is 0.01 (Axelrod's default, 101 × 101 points). Must be in (0, 1].</remarks>
    public double Step
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Step), value, "The step must be in (0, 1].");
    } = 0.01;

    /// <summary>Turns per match.</summary>
    /// <remarks>The default value is 50 (Axelrod's). At least 1.</remarks>
    public int Turns
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Turns), value, "Turns must be at least 1.");
    } = 50;

    /// <summary>Matches played at each point; the value is their mean score per turn.</summary>
    /// <remarks>The default value is 10 (Axelrod's). At least 1.</remarks>
    public int Repetitions
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Repetitions), value, "Repetitions must be at least 1.");
    } = 10;

    /// <summary>The root seed; each point and repetition derives its own match seed from it.</summary>
    /// <remarks>The default value is 0.</remarks>
    public ulong Seed { get; init; }

    /// <summary>Points measured at once. Results never depend on it.</summary>
    /// <remarks>The default value is <see cref="Environment.ProcessorCount"/>. At least 1.</remarks>
    public int Jobs
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Jobs), value, "Jobs must be at least 1.");
    } = Environment.ProcessorCount;

    /// <summary>The probe strategy that the Joss-Ann transform wraps; cloned, never played directly.</summary>
    /// <remarks>The default value is <see langword="null"/>, meaning Tit For Tat (Axelrod's default probe).</remarks>
    public Strategy? Probe { get; init; }

    /// <summary>The stage game.</summary>
    /// <remarks>The default value is <see langword="null"/>, meaning Axelrod's prisoner's dilemma (R, P, S, T = 3, 1, 0, 5).</remarks>
    public MatrixGame? Game { get; init; }
}
