using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Fingerprints;

/// <summary>How a transitive fingerprint is measured.</summary>
public sealed record TransitiveFingerprintOptions
{
    /// <summary>The opponents, one row each (prototypes; each is cloned).</summary>
    /// <remarks>The default value is <see langword="null"/>, meaning <see cref="RandomOpponents"/> Random(p) players
    /// with p evenly spaced from 0 to 1 (Axelrod's default spectrum).</remarks>
    public IReadOnlyList<Strategy>? Opponents { get; init; }

    /// <summary>How many Random(p) opponents make the default spectrum.</summary>
    /// <remarks>The default value is 50 (Axelrod's). At least 1; ignored when <see cref="Opponents"/> is given.</remarks>
    public int RandomOpponents
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(RandomOpponents), value, "There must be at least one opponent.");
    } = 50;

    /// <summary>Turns per match, one column each.</summary>
    /// <remarks>The default value is 50 (Axelrod's). At least 1.</remarks>
    public int Turns
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Turns), value, "Turns must be at least 1.");
    } = 50;

    /// <summary>Matches per opponent.</summary>
    /// <remarks>The default value is 1000 (Axelrod's). At least 1.</remarks>
    public int Repetitions
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Repetitions), value, "Repetitions must be at least 1.");
    } = 1000;

    /// <summary>The probability that each intended move is flipped, in [0, 1].</summary>
    /// <remarks>The default value is 0.</remarks>
    public double Noise
    {
        get;
        init => field = value >= 0 && value <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Noise), value, "Noise must be in [0, 1].");
    }

    /// <summary>The root seed; each opponent and repetition derives its own match seed from it.</summary>
    /// <remarks>The default value is 0.</remarks>
    public ulong Seed { get; init; }

    /// <summary>Opponents measured at once. Results never depend on it.</summary>
    /// <remarks>The default value is <see cref="Environment.ProcessorCount"/>. At least 1.</remarks>
    public int Jobs
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Jobs), value, "Jobs must be at least 1.");
    } = Environment.ProcessorCount;

    /// <summary>The stage game.</summary>
    /// <remarks>The default value is <see langword="null"/>, meaning Axelrod's prisoner's dilemma.</remarks>
    public MatrixGame? Game { get; init; }
}
