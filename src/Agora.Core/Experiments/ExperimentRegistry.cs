using Agora.Core.Bandits;
using Agora.Core.Bandits.Lsd;

namespace Agora.Core.Experiments;

/// <summary>The explicit list of Agora's built-in experiments.</summary>
/// <remarks>An explicit list, like Axelrod's <c>_strategies.py</c>: no reflection, so trimming and AOT stay safe and the order is stable.</remarks>
public static class ExperimentRegistry
{
    private static readonly IExperiment[] BuiltIn =
    [
        new BanditRegretExperiment(),
        new Donor.DonorCulturalEvolutionExperiment(),
        new Donor.DonorNormsExperiment(),
        new Agora.Core.MultiAgent.Mansa.MansaExperiment(),
        new Agora.Core.MultiAgent.Cabn.CabnCoordinationExperiment(),
        new Exploration.ExplorationBonusesExperiment(),
        new LsdPlanningExperiment(),
        new LsdLearningExperiment(),
        new Repeated.Akata.AkataRepeatedGamesExperiment(),
        new Evolution.MoranFixationExperiment(),
        new Tournaments.TournamentExperiment(),
        new Tournaments.AxelrodFirstTournamentExperiment(),
    ];

    /// <summary>All built-in experiments, sorted by name.</summary>
    public static IReadOnlyList<IExperiment> All { get; } = BuiltIn.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Finds an experiment by name.</summary>
    /// <param name="name">The experiment name.</param>
    /// <param name="experiment">The experiment, when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryGet(string name, out IExperiment experiment)
    {
        experiment = All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))!;
        return experiment is not null;
    }
}
