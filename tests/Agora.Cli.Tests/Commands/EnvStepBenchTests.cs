using System.Text.RegularExpressions;

namespace Agora.Cli.Tests.Commands;

public sealed class EnvStepBenchTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = AgoraApp.Run(args, new CliContext(output, error, TimeProvider.System, Interactive: false, CancellationToken.None));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Step_bench_prints_the_single_thread_rate_first_then_the_vectorised_one()
    {
        var (code, output, _) = Run("env", "step-bench", "Foraging-2s-9x9-3p-2f-v3", "--envs", "4", "--threads", "2", "--seconds", "0.2");
        Assert.Equal(0, code);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(new Regex(@"^[0-9]+ steps/s  \(Foraging-2s-9x9-3p-2f-v3, single thread, 1 env(; [0-9]+ per CPU-second)?\)$"), lines[0]);
        Assert.Matches(new Regex(@"^[0-9]+ steps/s  \(Foraging-2s-9x9-3p-2f-v3, VectorEnv, 4 envs, 2 threads\)$"), lines[1]);
        Assert.True(long.Parse(lines[0].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 1000);
    }

    [Theory]
    [InlineData("Foraging-9x9-3p-2f-v7", "'Foraging-9x9-3p-2f-v7'")]
    [InlineData("Foraging-9x9-3p-2f-v3 --envs -1", "--envs")]
    [InlineData("Foraging-9x9-3p-2f-v3 --envs 2 --threads 3", "--threads")]
    [InlineData("Foraging-9x9-3p-2f-v3 --seconds 0", "--seconds")]
    public void Bad_arguments_exit_2_naming_the_value(string args, string named)
    {
        var (code, _, error) = Run(["env", "step-bench", .. args.Split(' ')]);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}

public sealed class MultiAgentExperimentInputTests
{
    [Theory]
    [InlineData("cabn-coordination", "agents=4", "'agents'")]
    [InlineData("cabn-coordination", "graph=star", "'graph'")]
    [InlineData("mansa", "scenario=smac", "'scenario'")]
    [InlineData("mansa", "switch-cost=-1", "'switch-cost'")]
    [InlineData("mansa", "lbf-penalty=-0.1", "'lbf-penalty'")]
    public void Bad_parameters_exit_2_naming_them(string experiment, string assignment, string named)
    {
        var (code, _, error) = CliHarness.Run("run", experiment, "--set", assignment, "--store", CliHarness.TempPath("m.db"));
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
