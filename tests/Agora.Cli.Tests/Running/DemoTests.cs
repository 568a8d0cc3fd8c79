using System.Diagnostics;

namespace Agora.Cli.Tests.Running;

public sealed class DemoTests
{
    [Fact]
    public void The_readme_demo_on_its_defaults_finishes_quietly_in_under_ten_seconds()
    {
        string store = CliHarness.TempPath("demo.db");
        var clock = Stopwatch.StartNew();
        var (code, output, error) = CliHarness.Run("run", "bandits-regret", "--quiet", "--store", store);
        clock.Stop();
        Assert.True(code == 0, error);
        Assert.Equal($"run 1 completed: 100/100 trials succeeded (store {store})\n", output);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the demo took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
