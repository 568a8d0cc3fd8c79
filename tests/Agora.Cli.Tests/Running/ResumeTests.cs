using Agora.Cli.Store;
using Microsoft.Data.Sqlite;

namespace Agora.Cli.Tests.Running;

public sealed class ResumeTests
{
    private static readonly string[] RunArgs = ["run", "bandits-regret", "--trials", "40", "--seed", "5", "--set", "steps=20000", "--set", "record-every=500", "--jobs", "1", "--quiet"];

    [Fact]
    public void A_run_killed_with_sigkill_resumes_to_exactly_the_uninterrupted_results()
    {
        string killed = CliHarness.TempPath("killed.db");
        using (var child = CliHarness.Start([.. RunArgs, "--store", killed]))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (StoredTrials(killed) < 3)
            {
                Assert.False(child.HasExited, "the child finished before it could be killed; make the run longer");
                Assert.True(DateTime.UtcNow < deadline, "no trials were stored within 60 s");
                Thread.Sleep(20);
            }

            child.Kill(entireProcessTree: true); // SIGKILL on Unix: no handler runs.
            child.WaitForExit();
        }

        int storedAtKill = StoredTrials(killed);
        Assert.InRange(storedAtKill, 3, 39);

        var resume = CliHarness.Run("resume", "1", "--store", killed, "--jobs", "2", "--quiet");
        Assert.Equal(0, resume.Code);
        Assert.Contains("40/40", resume.Out, StringComparison.Ordinal);

        string clean = CliHarness.TempPath("clean.db");
        Assert.Equal(0, CliHarness.Run([.. RunArgs, "--store", clean]).Code);
        Assert.Equal(Export(clean), Export(killed));
        Assert.Equal(RunStatus.Completed, Status(killed));
    }

    [Fact]
    public void Resume_of_a_completed_run_changes_nothing()
    {
        string store = CliHarness.TempPath("done.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "2", "--set", "steps=50", "--store", store, "--quiet").Code);
        string before = Export(store);
        var resume = CliHarness.Run("resume", "1", "--store", store);
        Assert.Equal(0, resume.Code);
        Assert.Contains("already completed", resume.Out, StringComparison.Ordinal);
        Assert.Equal(before, Export(store));
    }

    [Fact]
    public void Ctrl_c_stores_finished_trials_exits_130_and_resume_completes_the_run()
    {
        string store = CliHarness.TempPath("cancel.db");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var (code, _, error) = CliHarness.Run(cancellation.Token, "run", "bandits-regret", "--trials", "4", "--set", "steps=100", "--store", store, "--quiet");
        Assert.Equal(130, code);
        Assert.Contains("agora resume 1", error, StringComparison.Ordinal);
        Assert.Equal(RunStatus.Interrupted, Status(store));
        Assert.Equal(0, CliHarness.Run("resume", "1", "--store", store, "--quiet").Code);
        Assert.Equal(RunStatus.Completed, Status(store));
    }

    private static string Export(string store)
    {
        var (code, output, error) = CliHarness.Run("export", "1", "--format", "csv", "--out", "-", "--store", store);
        Assert.True(code == 0, error);
        return output;
    }

    private static int StoredTrials(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM trials;";
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // The child has not created the schema yet.
        }
    }

    private static string Status(string path)
    {
        using var store = RunStore.Open(path, TimeProvider.System);
        return store.GetRun(1)!.Status;
    }
}
