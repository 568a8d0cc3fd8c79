using System.Globalization;
using System.Text.Json;
using Agora.Core.Experiments;
using Microsoft.Data.Sqlite;

namespace Agora.Cli.Store;

/// <summary>
/// The embedded run store: runs, trials, metrics and artifacts in one SQLite file (WAL mode, versioned schema).
/// </summary>
/// <remarks>
/// Each finished trial is written in its own transaction together with all of its metrics, so a process killed at any
/// moment loses at most the trials that were still running, and <c>agora resume</c> can tell exactly which trials are
/// missing.
/// <threadsafety>Not thread-safe; the runner serialises its callbacks.</threadsafety>
/// </remarks>
public sealed class RunStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    private RunStore(SqliteConnection connection, TimeProvider time, string path)
    {
        _connection = connection;
        _time = time;
        Path = path;
    }

    /// <summary>The store file as the user named it.</summary>
    public string Path { get; }

    /// <summary>Opens (or creates) the store at <paramref name="path"/>, refusing files that are not Agora stores.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="time">The clock for timestamps.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="StoreException">The file is not a usable Agora store; it was left untouched.</exception>
    public static RunStore Open(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        string full = System.IO.Path.GetFullPath(path);
        StoreFileCheck.EnsureUsable(full, path);
        string? directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new StoreException($"Store '{path}': directory '{directory}' does not exist.");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;");
            var store = new RunStore(connection, time, path);
            store.Migrate();
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"Store '{path}' could not be opened: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion => int.Parse(Scalar("SELECT value FROM agora_meta WHERE key = 'schema_version';") as string ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Creates a run record with status <see cref="RunStatus.Running"/>.</summary>
    /// <param name="experiment">The experiment name.</param>
    /// <param name="parametersJson">The parameter values given, as JSON.</param>
    /// <param name="seed">The run seed.</param>
    /// <param name="trialsPerPoint">Seeds per grid point.</param>
    /// <param name="totalTrials">Trials in the run.</param>
    /// <param name="agoraVersion">The tool version.</param>
    /// <param name="gitCommit">The tool's source commit, if known.</param>
    /// <returns>The new run id.</returns>
    public long CreateRun(string experiment, string parametersJson, ulong seed, int trialsPerPoint, int totalTrials, string agoraVersion, string? gitCommit)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (experiment, parameters_json, seed, trials_per_point, total_trials, agora_version, rng_version, git_commit, started_at, status)
            VALUES ($experiment, $parameters, $seed, $trials, $total, $version, $rng, $commit, $started, $status);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$experiment", experiment);
        command.Parameters.AddWithValue("$parameters", parametersJson);
        command.Parameters.AddWithValue("$seed", seed.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$trials", trialsPerPoint);
        command.Parameters.AddWithValue("$total", totalTrials);
        command.Parameters.AddWithValue("$version", agoraVersion);
        command.Parameters.AddWithValue("$rng", Core.Randomness.AgoraRandom.AlgorithmVersion);
        command.Parameters.AddWithValue("$commit", (object?)gitCommit ?? DBNull.Value);
        command.Parameters.AddWithValue("$started", Now());
        command.Parameters.AddWithValue("$status", RunStatus.Running);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Marks a run as (re)started: status running, no end time.</summary>
    /// <param name="runId">The run.</param>
    public void MarkRunning(long runId) => SetStatus(runId, RunStatus.Running, ended: false);

    /// <summary>Records how a run ended.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">One of <see cref="RunStatus"/>.</param>
    public void FinishRun(long runId, string status) => SetStatus(runId, status, ended: true);

    /// <summary>Stores a finished trial and all its metrics in one transaction.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="result">The trial result.</param>
    public void WriteTrial(long runId, TrialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var transaction = _connection.BeginTransaction();
        using (var trial = _connection.CreateCommand())
        {
            trial.Transaction = transaction;
            trial.CommandText = """
                INSERT OR REPLACE INTO trials (run_id, trial_index, grid_point, replicate, trial_key, seed, parameters_json, summary_json, error, completed_at)
                VALUES ($run, $index, $grid, $replicate, $key, $seed, $parameters, $summary, $error, $completed);
                """;
            trial.Parameters.AddWithValue("$run", runId);
            trial.Parameters.AddWithValue("$index", result.Trial.Index);
            trial.Parameters.AddWithValue("$grid", result.Trial.GridPoint);
            trial.Parameters.AddWithValue("$replicate", result.Trial.Replicate);
            trial.Parameters.AddWithValue("$key", result.Trial.Key);
            trial.Parameters.AddWithValue("$seed", result.Trial.Seed.ToString(CultureInfo.InvariantCulture));
            trial.Parameters.AddWithValue("$parameters", JsonSerializer.Serialize(result.Trial.Parameters.ToDictionary(), StoreJson.Options));
            trial.Parameters.AddWithValue("$summary", JsonSerializer.Serialize(result.Summary.ToDictionary(p => p.Key, p => p.Value), StoreJson.Options));
            trial.Parameters.AddWithValue("$error", (object?)result.Error ?? DBNull.Value);
            trial.Parameters.AddWithValue("$completed", Now());
            trial.ExecuteNonQuery();
        }

        using (var metric = _connection.CreateCommand())
        {
            metric.Transaction = transaction;
            metric.CommandText = "INSERT OR REPLACE INTO metrics (run_id, trial_index, key, step, value) VALUES ($run, $trial, $key, $step, $value);";
            var run = metric.Parameters.Add("$run", SqliteType.Integer);
            var index = metric.Parameters.Add("$trial", SqliteType.Integer);
            var key = metric.Parameters.Add("$key", SqliteType.Text);
            var step = metric.Parameters.Add("$step", SqliteType.Integer);
            var value = metric.Parameters.Add("$value", SqliteType.Real);
            metric.Prepare();
            run.Value = runId;
            index.Value = result.Trial.Index;
            foreach (var point in result.Scalars)
            {
                key.Value = point.Key;
                step.Value = point.Step;
                value.Value = point.Value;
                metric.ExecuteNonQuery();
            }
        }

        foreach (var artifact in result.Artifacts)
        {
            using var blob = _connection.CreateCommand();
            blob.Transaction = transaction;
            blob.CommandText = "INSERT OR REPLACE INTO artifacts (run_id, name, media_type, content) VALUES ($run, $name, $type, $content);";
            blob.Parameters.AddWithValue("$run", runId);
            blob.Parameters.AddWithValue("$name", $"trial-{result.Trial.Index.ToString(CultureInfo.InvariantCulture)}/{artifact.Name}");
            blob.Parameters.AddWithValue("$type", artifact.MediaType);
            blob.Parameters.AddWithValue("$content", artifact.Content);
            blob.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Stores a named artifact (a plot, a config file) with a run, replacing one of the same name.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="name">The artifact name.</param>
    /// <param name="mediaType">Its media type, e.g. <c>image/png</c>.</param>
    /// <param name="content">Its bytes.</param>
    public void WriteArtifact(long runId, string name, string mediaType, byte[] content)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO artifacts (run_id, name, media_type, content) VALUES ($run, $name, $type, $content);";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$type", mediaType);
        command.Parameters.AddWithValue("$content", content);
        command.ExecuteNonQuery();
    }

    /// <summary>Reads one artifact's bytes.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="name">The artifact name, e.g. <c>trial-0/resultset.json</c>.</param>
    /// <returns>The bytes, or null when the run has no such artifact.</returns>
    public byte[]? ReadArtifact(long runId, string name)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT content FROM artifacts WHERE run_id = $run AND name = $name;";
        command.Parameters.AddWithValue("$run", runId);
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>The names and media types of a run's artifacts.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>(name, media type, size in bytes) in name order.</returns>
    public IReadOnlyList<(string Name, string MediaType, long Size)> ListArtifacts(long runId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT name, media_type, length(content) FROM artifacts WHERE run_id = $run ORDER BY name;";
        command.Parameters.AddWithValue("$run", runId);
        using var reader = command.ExecuteReader();
        var list = new List<(string, string, long)>();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return list;
    }

    /// <summary>Finds a run.</summary>
    /// <param name="runId">The run id.</param>
    /// <returns>The run, or null.</returns>
    public RunRecord? GetRun(long runId) => QueryRuns("WHERE id = $id", runId).FirstOrDefault();

    /// <summary>All runs, newest first.</summary>
    /// <returns>The runs.</returns>
    public IReadOnlyList<RunRecord> ListRuns() => QueryRuns("ORDER BY id DESC", null);

    /// <summary>The number of stored trials of a run.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>The count.</returns>
    public int CountTrials(long runId) =>
        Convert.ToInt32(Scalar("SELECT count(*) FROM trials WHERE run_id = $id;", runId), CultureInfo.InvariantCulture);

    /// <summary>The indices of the trials already stored for a run.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>The stored trial indices.</returns>
    public IReadOnlySet<int> StoredTrialIndices(long runId) => TrialIndices(runId, "");

    /// <summary>The indices of the trials stored without an error; a resume runs every other trial.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>The indices of the succeeded trials.</returns>
    public IReadOnlySet<int> SucceededTrialIndices(long runId) => TrialIndices(runId, " AND error IS NULL");

    private HashSet<int> TrialIndices(long runId, string condition)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT trial_index FROM trials WHERE run_id = $id{condition};";
        command.Parameters.AddWithValue("$id", runId);
        using var reader = command.ExecuteReader();
        var set = new HashSet<int>();
        while (reader.Read())
        {
            set.Add(reader.GetInt32(0));
        }

        return set;
    }

    /// <summary>The stored trials of a run, by index.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>The trials.</returns>
    public IReadOnlyList<TrialRecord> ReadTrials(long runId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT trial_index, grid_point, replicate, trial_key, seed, parameters_json, summary_json, error
            FROM trials WHERE run_id = $id ORDER BY trial_index;
            """;
        command.Parameters.AddWithValue("$id", runId);
        using var reader = command.ExecuteReader();
        var list = new List<TrialRecord>();
        while (reader.Read())
        {
            list.Add(new TrialRecord(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.GetInt32(2),
                reader.GetString(3),
                ulong.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return list;
    }

    /// <summary>The metrics of a run ordered by trial, key and step; optionally one key only.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="key">A metric key, or null for all.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<MetricRow> ReadMetrics(long runId, string? key = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT trial_index, key, step, value FROM metrics WHERE run_id = $id"
            + (key is null ? string.Empty : " AND key = $key")
            + " ORDER BY trial_index, key, step;";
        command.Parameters.AddWithValue("$id", runId);
        if (key is not null)
        {
            command.Parameters.AddWithValue("$key", key);
        }

        using var reader = command.ExecuteReader();
        var list = new List<MetricRow>();
        while (reader.Read())
        {
            list.Add(new MetricRow(reader.GetInt32(0), reader.GetString(1), reader.GetInt64(2), reader.GetDouble(3)));
        }

        return list;
    }

    /// <summary>The distinct metric keys of a run, sorted.</summary>
    /// <param name="runId">The run.</param>
    /// <returns>The keys.</returns>
    public IReadOnlyList<string> MetricKeys(long runId)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT key FROM metrics WHERE run_id = $id ORDER BY key;";
        command.Parameters.AddWithValue("$id", runId);
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Migrate()
    {
        Execute(_connection, "CREATE TABLE IF NOT EXISTS agora_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        int version = int.Parse(Scalar("SELECT value FROM agora_meta WHERE key = 'schema_version';") as string ?? "0", CultureInfo.InvariantCulture);
        using var transaction = _connection.BeginTransaction();
        for (int v = version; v < StoreSchema.LatestVersion; v++)
        {
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = StoreSchema.Migrations[v];
            command.ExecuteNonQuery();
        }

        using (var meta = _connection.CreateCommand())
        {
            meta.Transaction = transaction;
            meta.CommandText = """
                INSERT OR REPLACE INTO agora_meta (key, value) VALUES ('application', $app);
                INSERT OR REPLACE INTO agora_meta (key, value) VALUES ('schema_version', $version);
                """;
            meta.Parameters.AddWithValue("$app", StoreSchema.Application);
            meta.Parameters.AddWithValue("$version", StoreSchema.LatestVersion.ToString(CultureInfo.InvariantCulture));
            meta.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private object? Scalar(string sql, long? id = null)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        if (id is long value)
        {
            command.Parameters.AddWithValue("$id", value);
        }

        return command.ExecuteScalar();
    }

    private void SetStatus(long runId, string status, bool ended)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "UPDATE runs SET status = $status, ended_at = $ended WHERE id = $id;";
        command.Parameters.AddWithValue("$status", status);
        command.Parameters.AddWithValue("$ended", ended ? Now() : DBNull.Value);
        command.Parameters.AddWithValue("$id", runId);
        command.ExecuteNonQuery();
    }

    private List<RunRecord> QueryRuns(string clause, long? id)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT id, experiment, parameters_json, seed, trials_per_point, total_trials, agora_version, rng_version, git_commit, started_at, ended_at, status
            FROM runs {clause};
            """;
        if (id is long value)
        {
            command.Parameters.AddWithValue("$id", value);
        }

        using var reader = command.ExecuteReader();
        var list = new List<RunRecord>();
        while (reader.Read())
        {
            list.Add(new RunRecord(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                ulong.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.GetInt32(4),
                reader.GetInt32(5),
                reader.GetString(6),
                reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.GetString(11)));
        }

        return list;
    }

    private string Now() => _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
