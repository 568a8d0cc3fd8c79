using Agora.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["pulls-per-cpu-second"])
{
    PullsPerCpuSecond.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
