using System.Text.RegularExpressions;
using Agora.Core.Experiments;

namespace Agora.Core.Tournaments;

/// <summary><c>tournament</c>: a round-robin tournament of any players, stored with its full ResultSet; what
/// <c>agora tournament</c> runs.</summary>
/// <remarks>The tournament seed is the trial's seed (derived from the run seed). Players are a preset (first, classic,
/// all) or names separated by ';' (',' inside a name is kept, e.g. <c>First by Feld: 1.0, 0.5, 200</c>). Names with a
/// scheme such as <c>llm:MODEL</c> pass validation and are resolved at run time by the host's
/// <see cref="TournamentServices.ExtraPlayers"/>.</remarks>
public sealed partial class TournamentExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "tournament";

    /// <inheritdoc />
    public string Summary => "A round-robin tournament of repeated-game strategies with Axelrod's full ResultSet.";

    /// <inheritdoc />
    public string Reference => "Axelrod (1980), J. Conflict Resolution 24(1):3-25; Knight et al. (2016), Axelrod-Python; docs/axelrod-first-tournament.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Text("players", "first", "A preset (first, classic, all) or player names separated by ';'.", ValidatePlayers),
        .. TournamentTrial.CommonParameters(10),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TournamentTrial.Run(context, context.Parameters.GetChoice("players"));
    }

    private static string? ValidatePlayers(string list)
    {
        try
        {
            TournamentPlayers.Resolve(list, [name => Scheme().IsMatch(name) ? new Repeated.Strategies.Cooperator() : null]);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message.Split(" (Parameter")[0];
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*:\\S")]
    private static partial Regex Scheme();
}
