using System.Globalization;
using System.Text;
using Agora.Core.Experiments;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Akata;

/// <summary>The PD and BoS part of <c>akata-repeated-games</c>: a round robin per game, reported pair by pair.</summary>
/// <remarks>
/// Keys, with A in seat 0 ("player 1"; in BoS the player who prefers J) and B in seat 1:
/// <c>GAME/A/B/score0</c>, <c>GAME/A/B/score1</c>, and <c>GAME/A/B/joint-cooperation</c> (PD: both J) or
/// <c>GAME/A/B/coordination</c> (BoS: same option), as fractions of the rounds. Per player, over both seats and all
/// opponents: <c>GAME/A/normalised</c> (<see cref="AkataNormalisation"/>). Every match's moves go to the artifact
/// <c>GAME-matches.csv</c>.
/// </remarks>
public static class AkataMatchReport
{
    /// <summary>Plays both games and reports to the trial's sink.</summary>
    /// <param name="context">The trial.</param>
    public static void Run(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int rounds = p.GetInt32("rounds");
        string opponents = p.GetChoice("opponents");
        foreach (var (game, table) in new[] { (NormalFormGames.AkataPrisonersDilemma(rounds), "pd-table"), (NormalFormGames.AkataBattleOfTheSexes(rounds), "bos-table") })
        {
            bool pd = game.Type.ShortName == "akata-pd";
            IReadOnlyList<string> names = opponents switch
            {
                "paper" => pd ? AkataPlayers.PaperPd : AkataPlayers.PaperBos,
                "tft-family" => AkataPlayers.TftFamily,
                _ => AkataPlayers.HandCoded,
            };
            List<Strategy> players = AkataPlayers.Create(names);
            players.Add(new Strategies.PredictThenBestRespond(p.GetInt32("ptbr-order")));
            if (p.GetText(table) is { Length: > 0 } path)
            {
                players.Add(AkataTables.Load(table, path));
            }

            Report(context, game, players, rounds, pd ? "joint-cooperation" : "coordination");
        }
    }

    private static void Report(TrialContext context, MatrixGame game, IReadOnlyList<Strategy> players, int rounds, string rateName)
    {
        string id = game.Type.ShortName;
        var outcomes = AkataRoundRobin.Play(game, players, rounds, AgoraRandom.DeriveSeed(context.Seed, id), context.CancellationToken);
        string[] keys = [.. players.Select(AkataMetricKeys.Of)];
        double[] max = [AkataNormalisation.MaxOwnPayoff(game, 0), AkataNormalisation.MaxOwnPayoff(game, 1)];
        var normalisedSum = new double[players.Count];
        var csv = new StringBuilder("player1,player2,moves1,moves2,score1,score2\n");
        foreach (var o in outcomes)
        {
            string pair = $"{id}/{keys[o.Player0]}/{keys[o.Player1]}";
            context.Sink.Summary(pair + "/score0", o.Score0);
            context.Sink.Summary(pair + "/score1", o.Score1);
            context.Sink.Summary($"{pair}/{rateName}", (double)(rateName == "coordination" ? o.SameAction : o.BothFirstAction) / o.Rounds);
            normalisedSum[o.Player0] += AkataNormalisation.Normalise(o.Score0, o.Rounds, max[0]);
            normalisedSum[o.Player1] += AkataNormalisation.Normalise(o.Score1, o.Rounds, max[1]);
            csv.Append(CultureInfo.InvariantCulture, $"{keys[o.Player0]},{keys[o.Player1]},{o.Moves0},{o.Moves1},{o.Score0},{o.Score1}\n");
        }

        for (int i = 0; i < players.Count; i++)
        {
            context.Sink.Summary($"{id}/{keys[i]}/normalised", normalisedSum[i] / (2 * players.Count));
        }

        context.Sink.Artifact($"{id}-matches.csv", "text/csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
