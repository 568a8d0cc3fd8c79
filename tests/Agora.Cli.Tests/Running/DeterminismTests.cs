namespace Agora.Cli.Tests.Running;

public sealed class DeterminismTests
{
    [Fact]
    public void Jobs_1_and_jobs_2_store_byte_identical_metrics()
    {
        string serial = CliHarness.TempPath("serial.db");
        string parallel = CliHarness.TempPath("parallel.db");
        string[] common = ["run", "bandits-regret", "--trials", "12", "--seed", "99", "--set", "steps=400", "--set", "epsilon=0.05,0.2", "--quiet"];
        Assert.Equal(0, CliHarness.Run([.. common, "--jobs", "1", "--store", serial]).Code);
        Assert.Equal(0, CliHarness.Run([.. common, "--jobs", "2", "--store", parallel]).Code);

        var a = CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", serial);
        var b = CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", parallel);
        Assert.Equal(0, a.Code);
        Assert.True(a.Out.Split('\n').Length > 24 * 3 * 40, "the export should hold every recorded scalar");
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(a.Out), System.Text.Encoding.UTF8.GetBytes(b.Out));
    }

    [Fact]
    public void A_different_seed_changes_the_metrics()
    {
        string first = CliHarness.TempPath("s1.db");
        string second = CliHarness.TempPath("s2.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "2", "--seed", "1", "--set", "steps=100", "--store", first, "--quiet").Code);
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "2", "--seed", "2", "--set", "steps=100", "--store", second, "--quiet").Code);
        Assert.NotEqual(
            CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", first).Out,
            CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", second).Out);
    }
}
