using System.Text;
using Agora.Core.Experiments;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Tournaments;

/// <summary>The body shared by the tournament experiments: read the parameters, play, report.</summary>
internal static class TournamentTrial
{
    /// <summary>With <c>interactions=auto</c>, moves are kept when the tournament has at most this many matches.</summary>
    public const int AutoInteractionLimit = 20_000;

    public static ParameterSpec[] CommonParameters(int defaultRepetitions) =>
    [
        ParameterSpec.Text("game", "pd", "A 2×2 game id (see 'agora list games').", ValidateGame),
        ParameterSpec.Integer("turns", 200, "Turns per match (the cap under prob-end).", min: 1),
        ParameterSpec.Integer("repetitions", defaultRepetitions, "Matches per pair.", min: 1),
        ParameterSpec.Real("noise", 0, "Probability that each intended move is flipped.", min: 0, max: 1),
        ParameterSpec.Real("prob-end", 0, "Probability that a match ends after each turn; 0 = fixed length.", min: 0, max: 1),
        ParameterSpec.Choice("interactions", "auto", $"Keep every match's moves: all, none, or auto (when at most {AutoInteractionLimit} matches).", "auto", "all", "none"),
    ];

    public static string? ValidateGame(string id) =>
        GameRegistry.TryGet(id, out IGame? game)
            ? game is MatrixGame { Rows: 2, Columns: 2 } ? null : $"game '{id}' is not a 2×2 matrix game"
            : $"unknown game '{id}' (see 'agora list games')";

    public static void Run(TrialContext context, string players)
    {
        var services = context.Services?.GetService(typeof(TournamentServices)) as TournamentServices;
        IReadOnlyList<Strategy> prototypes = TournamentPlayers.Resolve(players, services?.ExtraPlayers);
        var p = context.Parameters;
        GameRegistry.TryGet(p.GetChoice("game"), out IGame? game);
        double probEnd = p.GetReal("prob-end");
        string keep = p.GetChoice("interactions");
        int repetitions = checked((int)p.GetInteger("repetitions"));
        long matches = (long)prototypes.Count * (prototypes.Count + 1) / 2 * repetitions;
        var options = new TournamentOptions
        {
            Turns = checked((int)p.GetInteger("turns")),
            Repetitions = repetitions,
            Noise = p.GetReal("noise"),
            ProbEnd = probEnd > 0 ? probEnd : null,
            Jobs = services?.Jobs ?? 1,
            KeepInteractions = keep == "all" || (keep == "auto" && matches <= AutoInteractionLimit),
        };
        ResultSet results = new Tournament((MatrixGame)game!, prototypes, options).Play(context.Seed, context.CancellationToken);
        Report(context.Sink, results);
    }

    public static void Report(IMetricSink sink, ResultSet results)
    {
        foreach (SummaryRow row in results.Summary)
        {
            sink.Summary($"rank/{row.Name}", row.Rank);
            sink.Summary($"median_score/{row.Name}", row.MedianScore);
            sink.Summary($"wins/{row.Name}", row.Wins);
            sink.Summary($"cooperation_rating/{row.Name}", row.CooperationRating);
        }

        sink.Artifact("resultset.json", "application/json", ResultSetJson.Write(results));
        sink.Artifact("summary.csv", "text/csv", Encoding.UTF8.GetBytes(ResultSetJson.SummaryCsv(results)));
        if (results.Interactions.Count > 0)
        {
            sink.Artifact("interactions.csv", "text/csv", Encoding.UTF8.GetBytes(ResultSetJson.InteractionsCsv(results)));
        }
    }
}
