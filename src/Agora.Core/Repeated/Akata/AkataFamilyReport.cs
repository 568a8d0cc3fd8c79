using System.Globalization;
using System.Text;
using Agora.Core.Experiments;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Repeated.Akata;

/// <summary>The Table 1 part of <c>akata-repeated-games</c>: every player against every player, in both seats, in each
/// of the 144 Robinson–Goforth games, with the normalised score averaged by family.</summary>
/// <remarks>
/// Players: Akata et al.'s 13 hand-coded opponents and the learning players (<see cref="AkataPlayers.Learners"/>).
/// Keys: <c>families/PLAYER/FAMILY</c> for the seven families of <c>144_games_info.csv</c> (slugged, e.g.
/// <c>families/tft/win-win</c>) and <c>families/PLAYER/overall</c> over the six families of Table 1 (Tragic left out, as
/// in the paper). The per-game means go to the artifact <c>families-per-game.csv</c>.
/// </remarks>
public static class AkataFamilyReport
{
    /// <summary>Plays the sweep and reports to the trial's sink.</summary>
    /// <param name="context">The trial.</param>
    public static void Run(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        int rounds = p.GetInt32("rounds");
        List<Strategy> players = AkataPlayers.Create(AkataPlayers.HandCoded);
        players.AddRange(AkataPlayers.Learners(p.GetInt32("ptbr-order"), p.GetInt32("q-memory")));
        string[] keys = [.. players.Select(AkataMetricKeys.Of)];
        var scores = new FamilyScores();
        var csv = new StringBuilder("game,family,player,normalised\n");
        ulong seed = AgoraRandom.DeriveSeed(context.Seed, "families");
        foreach (RobinsonGoforthGame info in RobinsonGoforth.All)
        {
            MatrixGame game = info.ToMatrixGame(rounds);
            double[] max = [AkataNormalisation.MaxOwnPayoff(game, 0), AkataNormalisation.MaxOwnPayoff(game, 1)];
            var perGame = new double[players.Count];
            foreach (var o in AkataRoundRobin.Play(game, players, rounds, seed, context.CancellationToken))
            {
                double s0 = AkataNormalisation.Normalise(o.Score0, o.Rounds, max[0]);
                double s1 = AkataNormalisation.Normalise(o.Score1, o.Rounds, max[1]);
                scores.Add(keys[o.Player0], info.Family, s0);
                scores.Add(keys[o.Player1], info.Family, s1);
                perGame[o.Player0] += s0;
                perGame[o.Player1] += s1; // in self-play both land on the same player, as in the paper
            }

            for (int i = 0; i < players.Count; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{info.Number},{info.Family},{keys[i]},{perGame[i] / (2 * players.Count):G6}\n");
            }
        }

        foreach (string player in scores.Players)
        {
            foreach (string family in scores.Families)
            {
                context.Sink.Summary($"families/{player}/{AkataMetricKeys.Slug(family)}", scores.Mean(player, family));
            }

            context.Sink.Summary($"families/{player}/overall", scores.Overall(player));
        }

        context.Sink.Artifact("families-per-game.csv", "text/csv", Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
