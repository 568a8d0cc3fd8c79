namespace Agora.Core.Tournaments;

/// <summary>How a tournament is played: match length, repetitions, noise, probabilistic ending, who meets whom, and
/// how many cores to use.</summary>
public sealed record TournamentOptions
{
    private readonly int? _turns;
    private readonly int _repetitions = 10;
    private readonly double _noise;
    private readonly double? _probEnd;
    private readonly int _jobs = 1;
    private readonly IReadOnlyList<(int First, int Second)>? _edges;

    /// <summary>Turns per match; with <see cref="ProbEnd"/>, the cap on the sampled length.</summary>
    /// <remarks>The default value is <see langword="null"/>: the game's default length (200 for <c>pd</c>), or no cap
    /// under a probabilistic ending. At least 1 when given.</remarks>
    public int? Turns
    {
        get => _turns;
        init => _turns = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(Turns), value, "Turns must be at least 1.") : value;
    }

    /// <summary>How many times each pair plays. The default value is 10 (Axelrod's default); at least 1.</summary>
    public int Repetitions
    {
        get => _repetitions;
        init => _repetitions = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Repetitions), value, "Repetitions must be at least 1.");
    }

    /// <summary>The probability that each intended action is flipped, in [0, 1]. The default value is 0.</summary>
    public double Noise
    {
        get => _noise;
        init => _noise = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Noise), value, "Noise must be in [0, 1].");
    }

    /// <summary>The probability that a match ends after each turn, in (0, 1]. The default value is <see langword="null"/>
    /// (fixed length).</summary>
    public double? ProbEnd
    {
        get => _probEnd;
        init => _probEnd = value is { } p && !(p > 0 && p <= 1)
            ? throw new ArgumentOutOfRangeException(nameof(ProbEnd), value, "The ending probability must be in (0, 1].")
            : value;
    }

    /// <summary>The pairs that play, as player indices (a spatial tournament); <see langword="null"/> for a full round
    /// robin with self-play. The default value is <see langword="null"/>.</summary>
    /// <remarks>Checked against the player list when the tournament is built: indices in range, no pair listed twice
    /// (in either order), and every player in at least one edge. A pair (i, i) is a self-play match.</remarks>
    public IReadOnlyList<(int First, int Second)>? Edges
    {
        get => _edges;
        init => _edges = value is null ? null : [.. value];
    }

    /// <summary>Pairs played at once. The default value is 1 (serial). Results never depend on it.</summary>
    public int Jobs
    {
        get => _jobs;
        init => _jobs = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Jobs), value, "Jobs must be at least 1.");
    }

    /// <summary>Whether the result keeps every match's moves (<see cref="ResultSet.Interactions"/>). The default value
    /// is <see langword="false"/>: metrics are computed in memory per match and the moves are dropped.</summary>
    public bool KeepInteractions { get; init; }
}
