using System.Diagnostics;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Benchmarks;

/// <summary>Turns per CPU-second and per wall-second over 200 million turns per pairing: a check of the throughput
/// target that, unlike wall-clock timings, holds up on a machine shared with other work.</summary>
/// <remarks>The pairings run in the order given (<c>tft</c>, <c>zd</c>; both by default) in one process. Order matters:
/// dynamic PGO specialises the match loop for the strategy types it sees first, so a pairing measured alone (as each
/// BenchmarkDotNet case is, in its own process) runs with inlined <c>Move</c> calls, and a pairing measured after
/// another runs through virtual calls, as in a tournament.</remarks>
internal static class MatchThroughput
{
    public static void Run(TextWriter output, IReadOnlyList<string> which)
    {
        var game = NormalFormGames.PrisonersDilemma();
        var known = new Dictionary<string, (string Label, Strategy A, Strategy B)>
        {
            ["tft"] = ("TFT vs Random: 0.5", new TitForTat(), new RandomStrategy()),
            ["zd"] = ("ZD-Extort-2 (memory-one) vs Predator (FSM)", ZeroDeterminantPlayer.Extort2(), FsmPlayer.Library().First(f => f().Name == "Predator")()),
        };
        foreach (var (label, a, b) in (which.Count == 0 ? ["tft", "zd"] : which).Select(key => known[key]))
        {
            foreach (int turns in new[] { 200, 10_000 })
            {
                var match = new Match(game, a.Clone(), b.Clone(), new MatchOptions { Turns = turns });
                for (int i = 0; i < 2000; i++)
                {
                    match.PlayInPlace((ulong)i); // warm-up: tiered JIT reaches the optimised code
                }

                using var process = Process.GetCurrentProcess();
                TimeSpan cpuBefore = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                long total = 0;
                for (int i = 0; i < 200_000_000 / turns; i++)
                {
                    total += match.PlayInPlace((ulong)i).Turns;
                }

                wall.Stop();
                process.Refresh();
                double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                output.WriteLine($"| {label} | {turns} | {total / cpu / 1e6:F1} M | {total / wall.Elapsed.TotalSeconds / 1e6:F1} M |");
            }
        }
    }
}
