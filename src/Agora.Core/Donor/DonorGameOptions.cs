namespace Agora.Core.Donor;

/// <summary>
/// The rules of the Donor game with cultural evolution (Vallinder &amp; Hughes 2024). Defaults are the paper's.
/// </summary>
public sealed record DonorGameOptions
{
    private readonly int _agents = 12;
    private readonly double _endowment = 10;
    private readonly double _cooperationGain = 2;
    private readonly double _punishmentLoss = 2;
    private readonly int _generations = 10;
    private readonly double _survivorShare = 0.5;
    private readonly double _reputationDiscount = 0.5;

    /// <summary>Agents per generation. Default: 12. Must be even and positive (the schedule is bipartite).</summary>
    public int Agents
    {
        get => _agents;
        init => _agents = value > 0 && value % 2 == 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Agents), value, $"agents must be a positive even number (the schedule pairs two halves); got {value}.");
    }

    /// <summary>Units each agent starts each game with. Default: 10. Must not be negative.</summary>
    public double Endowment
    {
        get => _endowment;
        init => _endowment = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(Endowment), value, $"endowment must be a non-negative number; got {value}.");
    }

    /// <summary>The recipient receives this multiple of a donation. Default: 2.</summary>
    public double CooperationGain
    {
        get => _cooperationGain;
        init => _cooperationGain = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(CooperationGain), value, "cooperation gain must be non-negative.");
    }

    /// <summary>A punishment costing x removes this multiple of x from the recipient. Default: 2.</summary>
    public double PunishmentLoss
    {
        get => _punishmentLoss;
        init => _punishmentLoss = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(PunishmentLoss), value, "punishment loss must be non-negative.");
    }

    /// <summary>Plain, costly punishment or partner choice. Default: plain.</summary>
    public DonorVariant Variant { get; init; } = DonorVariant.Plain;

    /// <summary>Generations to run. Default: 10.</summary>
    public int Generations
    {
        get => _generations;
        init => _generations = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Generations), value, "generations must be positive.");
    }

    /// <summary>
    /// The share of agents that survive selection (top by score). Default: 0.5. Must lie in (0, 1) and leave at least one
    /// survivor and at least one newcomer.
    /// </summary>
    public double SurvivorShare
    {
        get => _survivorShare;
        init => _survivorShare = value > 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(nameof(SurvivorShare), value, $"survivor share must lie strictly between 0 and 1; got {value}.");
    }

    /// <summary>How survivors are chosen. Default: <see cref="DonorSelection.Top"/> (the paper's method).</summary>
    public DonorSelection Selection { get; init; } = DonorSelection.Top;

    /// <summary>
    /// Weight of a donor's previous reputation in the notebook's update (its <c>discounted_value</c>). Default: 0.5. Must
    /// not be negative. Only <see cref="DonorSelection.Reputation"/> uses reputations.
    /// </summary>
    public double ReputationDiscount
    {
        get => _reputationDiscount;
        init => _reputationDiscount = value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(ReputationDiscount), value, $"reputation discount must be a non-negative number; got {value}.");
    }

    /// <summary>
    /// Code quirk of the released notebook: selection uses only game 2's final resources. Default: false (the paper's
    /// intent: both games count).
    /// </summary>
    public bool SelectOnGameTwoOnly { get; init; }

    /// <summary>
    /// Code quirk of the released notebook: every trace resets to "no previous interactions" at the start of each game.
    /// Default: false (traces carry over between games, and survivors keep theirs into the next generation).
    /// </summary>
    public bool ResetTracesEachGame { get; init; }

    /// <summary>The number of survivors these options give.</summary>
    public int Survivors => (int)Math.Round(Agents * SurvivorShare, MidpointRounding.AwayFromZero);

    /// <summary>Checks the combination of settings.</summary>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The survivor share leaves no survivor or no newcomer.</exception>
    public DonorGameOptions Validate()
    {
        if (Survivors < 1 || Survivors >= Agents)
        {
            throw new ArgumentException($"survivor share {SurvivorShare} of {Agents} agents leaves {Survivors} survivors; it must leave at least one survivor and one newcomer.", nameof(SurvivorShare));
        }

        return this;
    }
}
