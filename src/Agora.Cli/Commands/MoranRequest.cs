using Agora.Core.Evolution;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Cli.Commands;

/// <summary>The validated arguments of <c>agora moran</c>; every check names the bad value in one line.</summary>
internal sealed record MoranRequest(
    List<Strategy> Players,
    int Turns,
    double Mutation,
    int Generations,
    string Mode,
    string Graph,
    string GameId,
    int Runs,
    ulong Seed,
    int Jobs,
    string? PlotPath)
{
    public MoranOptions ToOptions()
    {
        if (Players.Count < 2)
        {
            throw new CliException($"--players needs at least 2 players, got {Players.Count}.");
        }

        Check(Turns >= 1, $"--turns must be at least 1, got {Turns}.");
        Check(Mutation is >= 0 and <= 1, $"--mutation must be in [0, 1], got {MoranCommand.Format(Mutation)}.");
        Check(Generations >= 1, $"--generations must be at least 1, got {Generations}.");
        Check(Runs >= 1, $"--runs must be at least 1, got {Runs}.");
        Check(Jobs >= 1, $"--jobs must be at least 1, got {Jobs}.");
        MoranMode mode = Mode switch
        {
            "bd" => MoranMode.BirthDeath,
            "db" => MoranMode.DeathBirth,
            _ => throw new CliException($"--mode must be bd or db, got '{Mode}'."),
        };
        return new MoranOptions
        {
            Game = ResolveGame(),
            Match = new MatchOptions { Turns = Turns },
            Mode = mode,
            MutationRate = Mutation,
            InteractionGraph = BuildGraph(),
            MaxGenerations = Mutation > 0 ? Generations : new MoranOptions().MaxGenerations,
        };
    }

    public string Header() =>
        $"moran: {Players.Count} players, {Mode}, {Graph} graph, {GameId}, {Turns} turns, {Runs} runs, seed {Seed}";

    private PopulationGraph BuildGraph()
    {
        int n = Players.Count;
        switch (Graph)
        {
            case "complete":
                return PopulationGraph.Complete(n);
            case "cycle":
                return PopulationGraph.Cycle(n);
            case "lattice":
                int rows = Enumerable.Range(2, Math.Max(0, (int)Math.Sqrt(n) - 1)).LastOrDefault(r => n % r == 0);
                Check(rows >= 2, $"--graph lattice needs a population of rows x columns with both at least 2; {n} players is not.");
                return PopulationGraph.Lattice(rows, n / rows);
            case "attached":
                Check(n % 2 == 0, $"--graph attached needs an even population (two complete halves joined by one edge); {n} players is not.");
                return PopulationGraph.AttachedComplete(n / 2);
            default:
                throw new CliException($"--graph must be complete, cycle, lattice or attached, got '{Graph}'.");
        }
    }

    private MatrixGame ResolveGame()
    {
        if (!GameRegistry.TryGet(GameId, out IGame? game))
        {
            throw new CliException($"Unknown game '{GameId}' (see 'agora list games').");
        }

        return game as MatrixGame ?? throw new CliException($"Game '{GameId}' is not a normal-form game; 'agora moran' plays matrix games such as pd.");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new CliException(message);
        }
    }
}
