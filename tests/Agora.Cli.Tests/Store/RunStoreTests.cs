using Agora.Cli.Store;
using Agora.Core.Experiments;
using Microsoft.Data.Sqlite;

namespace Agora.Cli.Tests.Store;

public sealed class RunStoreTests
{
    [Fact]
    public void A_new_store_uses_wal_and_the_latest_schema()
    {
        string path = CliHarness.TempPath("new.db");
        using (var store = RunStore.Open(path, TimeProvider.System))
        {
            Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        }

        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name;";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.Superset(new HashSet<string> { "agora_meta", "runs", "trials", "metrics", "artifacts" }, tables.ToHashSet());
    }

    [Fact]
    public void Reopening_keeps_runs_and_trials()
    {
        string path = CliHarness.TempPath("reopen.db");
        var experiment = new Agora.Core.Bandits.BanditRegretExperiment();
        var plan = new RunPlan(experiment) { TrialsPerPoint = 2, Values = new Dictionary<string, IReadOnlyList<object>> { ["steps"] = [20L] } };
        var trials = plan.Expand();
        long id;
        using (var store = RunStore.Open(path, TimeProvider.System))
        {
            id = store.CreateRun(experiment.Name, "{}", 0, 2, trials.Count, "test", null);
            store.WriteTrial(id, ExperimentRunner.RunOne(experiment, trials[0], TestContext.Current.CancellationToken)!);
            store.WriteArtifact(id, "note.txt", "text/plain", "hello"u8.ToArray());
        }

        using (var store = RunStore.Open(path, TimeProvider.System))
        {
            Assert.Equal(RunStatus.Running, store.GetRun(id)!.Status);
            Assert.Equal(new HashSet<int> { 0 }, store.StoredTrialIndices(id));
            Assert.Equal(5 * 2, store.ReadMetrics(id).Count); // the five default algorithms that accept Gaussian rewards
            Assert.Equal(["regret/epsilon-greedy", "regret/kl-ucb", "regret/moss", "regret/thompson", "regret/ucb1"], store.MetricKeys(id));
            Assert.Equal(("note.txt", "text/plain", 5L), store.ListArtifacts(id).Single());
        }
    }

    [Fact]
    public void A_failed_trial_is_stored_but_not_counted_as_succeeded_until_a_rerun_replaces_it()
    {
        using var store = RunStore.Open(CliHarness.TempPath("failed.db"), TimeProvider.System);
        var experiment = new Agora.Core.Bandits.BanditRegretExperiment();
        var trials = new RunPlan(experiment) { TrialsPerPoint = 2, Values = new Dictionary<string, IReadOnlyList<object>> { ["steps"] = [20L] } }.Expand();
        long id = store.CreateRun(experiment.Name, "{}", 0, 2, trials.Count, "test", null);
        store.WriteTrial(id, ExperimentRunner.RunOne(experiment, trials[0], TestContext.Current.CancellationToken)!);
        store.WriteTrial(id, new TrialResult(trials[1], [], [], "HttpRequestException: refused"));
        Assert.Equal(new HashSet<int> { 0, 1 }, store.StoredTrialIndices(id));
        Assert.Equal(new HashSet<int> { 0 }, store.SucceededTrialIndices(id));

        store.WriteTrial(id, ExperimentRunner.RunOne(experiment, trials[1], TestContext.Current.CancellationToken)!);
        Assert.Equal(new HashSet<int> { 0, 1 }, store.SucceededTrialIndices(id));
        Assert.Equal(2, store.CountTrials(id));
        Assert.All(store.ReadTrials(id), t => Assert.Null(t.Error));
    }
}
