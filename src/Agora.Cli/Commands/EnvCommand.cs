using System.CommandLine;
using System.Globalization;
using Agora.Core.Environments;

namespace Agora.Cli.Commands;

/// <summary><c>agora env step-bench &lt;id&gt; [--envs N] [--threads N] [--seconds S]</c>: random-action stepping rates.</summary>
internal static class EnvCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "An environment id (see 'agora list envs'; any lb-foraging v3 id works)." };
        var envs = new Option<int>("--envs") { Description = "Copies in the vectorised run (0 = skip it).", DefaultValueFactory = _ => 64 };
        var threads = new Option<int>("--threads") { Description = "Threads for the vectorised run, each with its own VectorEnv.", DefaultValueFactory = _ => 1 };
        var seconds = new Option<double>("--seconds") { Description = "Seconds per measurement (0.1 to 60).", DefaultValueFactory = _ => 3.0 };
        var bench = new Command("step-bench", "Measure random-action steps per second: one env on one thread, then vectorised.") { id, envs, threads, seconds };
        bench.SetAction(parse =>
        {
            string name = parse.GetValue(id)!;
            int copies = parse.GetValue(envs);
            int threadCount = parse.GetValue(threads);
            double duration = parse.GetValue(seconds);
            if (!EnvRegistry.TryGet(name, out EnvRegistration? registration))
            {
                throw new CliException($"unknown environment '{name}' (see 'agora list envs').", ExitCodes.BadInput);
            }

            if (copies < 0 || copies > 1_000_000)
            {
                throw new CliException($"--envs must be between 0 and 1000000; got {copies}.", ExitCodes.BadInput);
            }

            if (threadCount < 1 || threadCount > 1024 || (copies > 0 && threadCount > copies))
            {
                throw new CliException($"--threads must be between 1 and min(1024, --envs); got {threadCount}.", ExitCodes.BadInput);
            }

            if (!(duration >= 0.1 && duration <= 60))
            {
                throw new CliException($"--seconds must be between 0.1 and 60; got {duration.ToString(CultureInfo.InvariantCulture)}.", ExitCodes.BadInput);
            }

            TimeSpan span = TimeSpan.FromSeconds(duration);
            TimeSpan cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            StepRate single = StepBenchmark.Single(registration.Create, span, context.Time);
            double cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            string perCpu = cpu > 0 ? $"; {Rate(single with { Seconds = cpu })} per CPU-second" : string.Empty;
            context.Out.WriteLine($"{Rate(single)} steps/s  ({name}, single thread, 1 env{perCpu})");
            context.Out.Flush();
            if (copies > 0)
            {
                StepRate vector = StepBenchmark.Vectorised(registration.Create, copies, threadCount, span, context.Time);
                context.Out.WriteLine($"{Rate(vector)} steps/s  ({name}, VectorEnv, {copies} envs, {threadCount} thread{(threadCount == 1 ? string.Empty : "s")})");
            }

            return ExitCodes.Success;
        });
        return new Command("env", "Environment tools.") { bench };
    }

    private static string Rate(StepRate rate) => Math.Round(rate.StepsPerSecond).ToString("F0", CultureInfo.InvariantCulture);
}
