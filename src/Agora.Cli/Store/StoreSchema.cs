namespace Agora.Cli.Store;

/// <summary>The versioned schema of the run store: migration i takes the store from version i to i + 1.</summary>
internal static class StoreSchema
{
    public const string Application = "agora";

    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            experiment TEXT NOT NULL,
            parameters_json TEXT NOT NULL,
            seed TEXT NOT NULL,
            trials_per_point INTEGER NOT NULL,
            total_trials INTEGER NOT NULL,
            agora_version TEXT NOT NULL,
            rng_version INTEGER NOT NULL,
            git_commit TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL);
        CREATE TABLE trials (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            trial_index INTEGER NOT NULL,
            grid_point INTEGER NOT NULL,
            replicate INTEGER NOT NULL,
            trial_key TEXT NOT NULL,
            seed TEXT NOT NULL,
            parameters_json TEXT NOT NULL,
            summary_json TEXT NOT NULL,
            error TEXT,
            completed_at TEXT NOT NULL,
            PRIMARY KEY (run_id, trial_index));
        CREATE TABLE metrics (
            run_id INTEGER NOT NULL,
            trial_index INTEGER NOT NULL,
            key TEXT NOT NULL,
            step INTEGER NOT NULL,
            value REAL NOT NULL,
            PRIMARY KEY (run_id, trial_index, key, step)) WITHOUT ROWID;
        CREATE TABLE artifacts (
            run_id INTEGER NOT NULL REFERENCES runs(id),
            name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            content BLOB NOT NULL,
            PRIMARY KEY (run_id, name));
        """,
        """
        CREATE TABLE llm_cache (
            key TEXT PRIMARY KEY,
            reply TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL,
            created_at TEXT NOT NULL) WITHOUT ROWID;
        """,
    ];

    public static int LatestVersion => Migrations.Length;
}
