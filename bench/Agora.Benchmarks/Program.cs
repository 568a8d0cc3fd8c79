using Agora.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["match-throughput", .. var pairings])
{
    Console.WriteLine("| pairing | turns per match | turns per CPU-second | turns per wall-second |");
    Console.WriteLine("|---|---|---|---|");
    MatchThroughput.Run(Console.Out, pairings);
    return;
}

if (args is ["moran-cpu"])
{
    Console.WriteLine("| mode | batches | median CPU per 100 runs | min | max | generations per 100 runs |");
    Console.WriteLine("|---|---|---|---|---|---|");
    MoranCpuTime.Run(Console.Out);
    return;
}

if (args is ["tournament-pairs", var preset])
{
    TournamentPairCost.Run(preset);
    return;
}

if (args is ["tournament-cpu", var cpuPreset, var reps])
{
    TournamentCpuTime.Run(cpuPreset, int.Parse(reps, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["pulls-per-cpu-second"])
{
    PullsPerCpuSecond.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
