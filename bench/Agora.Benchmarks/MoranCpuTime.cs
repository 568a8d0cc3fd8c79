using System.Diagnostics;
using System.Globalization;
using Agora.Core.Evolution;
using Agora.Core.Repeated;

namespace Agora.Benchmarks;

/// <summary><c>dotnet run -c Release -- moran-cpu</c>: CPU seconds of the Axelrod comparison workload (10 basic
/// players to fixation, 100 runs, serial), measured with the process CPU clock as Axelrod's <c>time.process_time</c>,
/// after one warm-up batch so JIT time is left out.</summary>
internal static class MoranCpuTime
{
    public static void Run(TextWriter output)
    {
        Strategy[] players = [.. new[]
        {
            "Alternator", "Anti Tit For Tat", "Bully", "Cooperator", "Cycler DC", "Defector", "Suspicious Tit For Tat",
            "Tit For Tat", "Win-Shift Lose-Stay: D", "Win-Stay Lose-Shift",
        }.Select(StrategyRegistry.Create)];
        foreach (MoranMode mode in new[] { MoranMode.BirthDeath, MoranMode.DeathBirth })
        {
            var options = new MoranOptions { Mode = mode, RecordHistory = false };
            FixationProbability.Estimate(players, options, 100, seed: 12345, jobs: 1);
            var process = Process.GetCurrentProcess();
            const int Batches = 10;
            var cpu = new double[Batches];
            int generations = 0;
            for (int b = 0; b < Batches; b++)
            {
                process.Refresh();
                TimeSpan start = process.TotalProcessorTime;
                // Seeds 0..99 in batch 0, 100..199 in batch 1, ...: each batch is 100 fresh runs.
                var estimate = FixationProbability.Estimate(players, options, 100, seed: (ulong)b, jobs: 1);
                process.Refresh();
                cpu[b] = (process.TotalProcessorTime - start).TotalSeconds;
                generations += estimate.Generations.Sum();
            }

            Array.Sort(cpu);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {mode} | {Batches} × 100 runs | {cpu[Batches / 2]:0.000} s | {cpu[0]:0.000} s | {cpu[^1]:0.000} s | {generations / (double)Batches:0} |"));
        }
    }
}
