using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Tournaments;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>Whole tournaments, ResultSet included: one operation is one tournament of 200-turn matches with
/// <see cref="Repetitions"/> repetitions, serial (Jobs = 1), as Axelrod's <c>Tournament.play(processes=None)</c>.</summary>
/// <remarks>Compare with Axelrod in docs/benchmarks/axelrod.md: divide Mean by Repetitions for the per-repetition cost.</remarks>
[MemoryDiagnoser]
public class TournamentBenchmarks
{
    private Strategy[] _players = null!;

    /// <summary>The player preset: first (15) or classic (30).</summary>
    [Params("first", "classic")]
    public string Preset { get; set; } = "first";

    /// <summary>Repetitions per pair.</summary>
    [Params(10)]
    public int Repetitions { get; set; }

    [GlobalSetup]
    public void Setup() => _players = [.. TournamentPlayers.Resolve(Preset)];

    [Benchmark(Description = "tournament + ResultSet, serial")]
    public double Play() =>
        new Tournament(NormalFormGames.PrisonersDilemma(), _players, new TournamentOptions { Turns = 200, Repetitions = Repetitions }).Play(1).Summary[0].MedianScore;
}

/// <summary>Where a tournament's time goes: CPU time per pair over 100 repetitions (run with <c>tournament-pairs</c>).</summary>
public static class TournamentPairCost
{
    /// <summary>Prints the ten most expensive pairs of a preset.</summary>
    /// <param name="preset">first or classic.</param>
    public static void Run(string preset)
    {
        var game = NormalFormGames.PrisonersDilemma();
        var players = TournamentPlayers.Resolve(preset);
        var costs = new List<(double Ms, string Pair)>();
        for (int pass = 0; pass < 2; pass++)
        {
            costs.Clear();
            Measure(game, players, costs); // the first pass warms the JIT up (tiered compilation)
        }

        Console.WriteLine($"total {costs.Sum(c => c.Ms):F1} ms for 100 repetitions of every pair (no cache)");
        foreach (var (ms, pair) in costs.OrderByDescending(c => c.Ms).Take(12))
        {
            Console.WriteLine($"{ms,8:F2} ms  {pair}");
        }
    }

    private static void Measure(Agora.Core.Games.MatrixGame game, IReadOnlyList<Strategy> players, List<(double Ms, string Pair)> costs)
    {
        for (int i = 0; i < players.Count; i++)
        {
            for (int j = i; j < players.Count; j++)
            {
                var match = new Match(game, players[i].Clone(), players[j].Clone(), new MatchOptions { Turns = 200 });
                var start = System.Diagnostics.Stopwatch.GetTimestamp();
                for (int r = 0; r < 100; r++)
                {
                    match.PlayInPlace((ulong)r);
                }

                costs.Add((System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds, $"{players[i].Name} vs {players[j].Name}"));
            }
        }
    }
}

/// <summary>CPU seconds of one serial tournament (ResultSet included), after a one-repetition warm-up (run with
/// <c>tournament-cpu PRESET REPETITIONS</c>): the library's own cost, without process start-up or the run store.</summary>
public static class TournamentCpuTime
{
    /// <summary>Plays the tournament and prints the process CPU time it took.</summary>
    /// <param name="preset">first or classic.</param>
    /// <param name="repetitions">Repetitions per pair.</param>
    public static void Run(string preset, int repetitions)
    {
        var game = NormalFormGames.PrisonersDilemma();
        var players = TournamentPlayers.Resolve(preset);
        new Tournament(game, players, new TournamentOptions { Turns = 200, Repetitions = 1 }).Play(0);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        TimeSpan before = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var results = new Tournament(game, players, new TournamentOptions { Turns = 200, Repetitions = repetitions }).Play(1);
        process.Refresh();
        double cpu = (process.TotalProcessorTime - before).TotalSeconds;
        double played = wall.Elapsed.TotalSeconds;
        byte[] json = ResultSetJson.Write(results);
        process.Refresh();
        double withJson = (process.TotalProcessorTime - before).TotalSeconds;
        Console.WriteLine($"{preset}: {players.Count} players, {repetitions} repetitions: {cpu:F3} s CPU, {played:F3} s wall, {1000 * cpu / repetitions:F3} ms CPU per repetition; with the ResultSet JSON ({json.Length / 1e6:F1} MB) {withJson:F3} s CPU; winner {results.RankedNames[0]}");
    }
}
