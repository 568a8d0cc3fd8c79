using System.CommandLine;
using System.Globalization;
using Agora.Cli.Plotting;
using Agora.Core.Evolution;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Cli.Commands;

/// <summary><c>agora ecosystem --players NAME,NAME… [--turns N] [--repetitions N] [--generations N] [--seed N]
/// [--plot PATH]</c>: Axelrod's ecological simulation (discrete replicator dynamics) on the players' payoff matrix.</summary>
/// <remarks>The matrix is the mean payoff per turn of each player (row) against each (column, self included) over
/// <c>--repetitions</c> matches, with its standard deviation, which the dynamics draw noise from (seeded).</remarks>
internal static class EcosystemCommand
{
    public static Command Create(CliContext context)
    {
        var players = new Option<string>("--players") { Description = "The types, comma-separated (distinct names).", Required = true };
        var turns = new Option<int>("--turns") { Description = "Turns per match; default 200.", DefaultValueFactory = _ => 200 };
        var repetitions = new Option<int>("--repetitions") { Description = "Matches per pair for the payoff matrix; default 10.", DefaultValueFactory = _ => 10 };
        var generations = new Option<int>("--generations") { Description = "Generations of the dynamics; default 100.", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the matches and the payoff noise; default 0.", DefaultValueFactory = _ => 0 };
        var plot = new Option<string?>("--plot") { Description = "Also write a stackplot of the shares per generation (.png or .svg)." };
        var command = new Command("ecosystem", "Axelrod's ecological simulation: discrete replicator dynamics on the players' payoff matrix.")
        {
            players, turns, repetitions, generations, seed, plot,
        };
        command.SetAction(parse =>
        {
            List<Strategy> types = PlayerList.Parse(parse.GetValue(players)!);
            int turnCount = parse.GetValue(turns), reps = parse.GetValue(repetitions), gens = parse.GetValue(generations);
            Check(types.Count >= 2, $"--players needs at least 2 types, got {types.Count}.");
            Check(types.Select(t => t.Name).Distinct().Count() == types.Count, "--players: each type may appear only once in an ecosystem.");
            Check(turnCount >= 1, $"--turns must be at least 1, got {turnCount}.");
            Check(reps >= 1, $"--repetitions must be at least 1, got {reps}.");
            Check(gens >= 1, $"--generations must be at least 1, got {gens}.");
            string? path = parse.GetValue(plot);
            if (path is not null)
            {
                try
                {
                    PlotFileFormats.FromPath(path);
                }
                catch (ArgumentException e)
                {
                    throw new CliException($"--plot: {e.Message}");
                }
            }

            ulong root = parse.GetValue(seed);
            (double[,] means, double[,] deviations) = PayoffMatrix(types, turnCount, reps, root);
            var shares = new EcologicalDynamics(means, deviations, p => Math.Max(p, 0)).Run(gens, AgoraRandom.DeriveSeed(root, "ecosystem"));
            context.Out.WriteLine($"ecosystem: {types.Count} types, {turnCount} turns, {reps} repetitions, {gens} generations, seed {root}");
            int width = types.Max(t => t.Name.Length);
            context.Out.WriteLine($"  {"type".PadRight(width)}  initial  final");
            for (int k = 0; k < types.Count; k++)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {types[k].Name.PadRight(width)}  {shares[0][k],7:0.000}  {shares[^1][k],5:0.000}"));
            }

            if (path is not null)
            {
                var options = new RunPlotOptions { Title = "Ecological dynamics", XLabel = "generation", YLabel = "population share" };
                StackPlotter.Save([.. types.Select(t => t.Name)], shares, options, path);
                context.Out.WriteLine($"wrote {path}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static (double[,] Means, double[,] Deviations) PayoffMatrix(List<Strategy> types, int turns, int repetitions, ulong seed)
    {
        int n = types.Count;
        var means = new double[n, n];
        var deviations = new double[n, n];
        var game = NormalFormGames.PrisonersDilemma();
        var options = new MatchOptions { Turns = turns };
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                var match = new Match(game, types[i].Clone(), types[j].Clone(), options);
                var random = new AgoraRandom(AgoraRandom.DeriveSeed(seed, (i * n) + j));
                double sum = 0, squares = 0;
                for (int r = 0; r < repetitions; r++)
                {
                    double perTurn = match.PlayInPlace(random.NextUInt64()).Score0 / turns;
                    sum += perTurn;
                    squares += perTurn * perTurn;
                }

                means[i, j] = sum / repetitions;
                deviations[i, j] = repetitions > 1 ? Math.Sqrt(Math.Max(0, (squares - (sum * sum / repetitions)) / (repetitions - 1))) : 0;
            }
        }

        return (means, deviations);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new CliException(message);
        }
    }
}
