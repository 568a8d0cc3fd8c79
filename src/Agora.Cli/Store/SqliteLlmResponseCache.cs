using System.Globalization;
using Agora.Llm.Client;
using Microsoft.Data.Sqlite;

namespace Agora.Cli.Store;

/// <summary>
/// The LLM response cache as a table of the run store, so a rerun of a stored experiment costs nothing and reproduces
/// exactly. Keys come from <see cref="LlmCacheKey"/> and hold no secret: the API key is never part of them.
/// </summary>
/// <threadsafety>Safe to call from concurrent trials: it owns its connection and serialises access.</threadsafety>
public sealed class SqliteLlmResponseCache : ILlmResponseCache, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Opens the cache in the store at <paramref name="path"/> (opening the store first creates or migrates it).</summary>
    /// <param name="path">The store file.</param>
    /// <param name="time">The clock for timestamps.</param>
    public SqliteLlmResponseCache(string path, TimeProvider time)
    {
        using (RunStore.Open(path, time))
        {
            // Validates the file and applies migrations before this connection touches it.
        }

        _time = time;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = false }.ToString());
        _connection.Open();
        using var pragma = _connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000;";
        pragma.ExecuteNonQuery();
    }

    /// <summary>The number of cached replies.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
            {
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT count(*) FROM llm_cache;";
                return (long)command.ExecuteScalar()!;
            }
        }
    }

    /// <inheritdoc />
    public bool TryGet(string key, out LlmReply reply)
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT reply, prompt_tokens, completion_tokens FROM llm_cache WHERE key = $key;";
            command.Parameters.AddWithValue("$key", key);
            using var reader = command.ExecuteReader();
            if (reader.Read())
            {
                reply = new LlmReply(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
                return true;
            }

            reply = null!;
            return false;
        }
    }

    /// <inheritdoc />
    public void Put(string key, LlmReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO llm_cache (key, reply, prompt_tokens, completion_tokens, created_at) VALUES ($key, $reply, $prompt, $completion, $at);";
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$reply", reply.Text);
            command.Parameters.AddWithValue("$prompt", reply.PromptTokens);
            command.Parameters.AddWithValue("$completion", reply.CompletionTokens);
            command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Removes every cached reply.</summary>
    /// <returns>How many were removed.</returns>
    public int Clear()
    {
        lock (_gate)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "DELETE FROM llm_cache;";
            return command.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
