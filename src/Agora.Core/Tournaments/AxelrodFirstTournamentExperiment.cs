using Agora.Core.Experiments;

namespace Agora.Core.Tournaments;

/// <summary><c>axelrod-first-tournament</c>: the 15 strategies of Axelrod's 1980 tournament, 200 turns, in a round
/// robin with self-play, ranked by median normalised score.</summary>
/// <remarks>Axelrod, R. (1980). Effective choice in the prisoner's dilemma. J. Conflict Resolution 24(1):3-25. In the
/// original, Tit For Tat won; in Axelrod-Python's reimplementation (and here) it does not (spec §4). The result page is
/// docs/axelrod-first-tournament.md.</remarks>
public sealed class AxelrodFirstTournamentExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "axelrod-first-tournament";

    /// <inheritdoc />
    public string Summary => "Axelrod's first tournament (15 strategies, 200 turns): the ranking, beside Axelrod-Python's.";

    /// <inheritdoc />
    public string Reference => "Axelrod (1980), Effective choice in the prisoner's dilemma, J. Conflict Resolution 24(1):3-25; docs/axelrod-first-tournament.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } = TournamentTrial.CommonParameters(10);

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TournamentTrial.Run(context, "first");
    }
}
