using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>How a <see cref="MoranProcess"/> runs: the matches, the update rule, mutation and the graphs.</summary>
public sealed record MoranOptions
{
    private readonly MatrixGame _game = NormalFormGames.PrisonersDilemma();
    private readonly MatchOptions _match = new() { Turns = 200 };
    private readonly double _mutationRate;
    private readonly int _maxGenerations = 1_000_000;

    /// <summary>The stage game.</summary>
    /// <remarks>The default value is the standard prisoner's dilemma (R, S, T, P) = (3, 0, 5, 1).</remarks>
    public MatrixGame Game
    {
        get => _game;
        init => _game = value ?? throw new ArgumentNullException(nameof(Game));
    }

    /// <summary>Length, noise and probabilistic ending of every match.</summary>
    /// <remarks>The default value is 200 turns, no noise, a fixed length (Axelrod's defaults).</remarks>
    public MatchOptions Match
    {
        get => _match;
        init => _match = value ?? throw new ArgumentNullException(nameof(Match));
    }

    /// <summary>Birth–death or death–birth.</summary>
    /// <remarks>The default value is <see cref="MoranMode.BirthDeath"/>.</remarks>
    public MoranMode Mode { get; init; } = MoranMode.BirthDeath;

    /// <summary>The probability that an offspring mutates, in [0, 1].</summary>
    /// <remarks>The default value is 0 (no mutation, and no random draw for it). With a positive rate the process never
    /// stops on fixation; give <see cref="MaxGenerations"/>.</remarks>
    public double MutationRate
    {
        get => _mutationRate;
        init => _mutationRate = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MutationRate), value, "The mutation rate must be in [0, 1].");
    }

    /// <summary>How an offspring mutates.</summary>
    /// <remarks>The default value is <see cref="MutationMethod.Transition"/>.</remarks>
    public MutationMethod Mutation { get; init; } = MutationMethod.Transition;

    /// <summary>Who plays whom; its node count must equal the population size.</summary>
    /// <remarks>The default value is <see langword="null"/>: the complete graph without self-loops.</remarks>
    public PopulationGraph? InteractionGraph { get; init; }

    /// <summary>Where offspring may go: an edge i → j lets i's offspring replace j.</summary>
    /// <remarks>The default value is <see langword="null"/>: the interaction graph with self-loops added (Axelrod's
    /// default), so on a complete graph a birth–death parent may replace itself.</remarks>
    public PopulationGraph? ReproductionGraph { get; init; }

    /// <summary>Applied to each node's total score per turn to give its fitness; the result must be non-negative.</summary>
    /// <remarks>The default value is <see langword="null"/> (fitness = score). Must be a pure function: runs call it
    /// concurrently.</remarks>
    public Func<double, double>? FitnessTransformation { get; init; }

    /// <summary>The most generations <see cref="MoranProcess.Run"/> plays before it stops unfixed.</summary>
    /// <remarks>The default value is 1,000,000. At least 1.</remarks>
    public int MaxGenerations
    {
        get => _maxGenerations;
        init => _maxGenerations = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxGenerations), value, "MaxGenerations must be at least 1.");
    }

    /// <summary>Whether to keep the population and the fitness of every generation (the score history).</summary>
    /// <remarks>The default value is <see langword="true"/>. Fixation studies switch it off to save memory.</remarks>
    public bool RecordHistory { get; init; } = true;

    /// <summary>Whether a deterministic pair (both strategies deterministic, no noise, a fixed length) is played once
    /// per process and its per-turn scores reused, keyed by the two full names.</summary>
    /// <remarks>The default value is <see langword="true"/>. Results do not depend on it.</remarks>
    public bool Memoise { get; init; } = true;

    /// <summary>The outcome distributions an approximate process samples instead of playing matches.</summary>
    /// <remarks>The default value is <see langword="null"/>: matches are played. See <see cref="ApproximateMoranProcess"/>.</remarks>
    public OutcomeTable? ApproximateOutcomes { get; init; }
}
