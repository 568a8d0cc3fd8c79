using Agora.Cli.Store;
using Agora.Llm.Client;

namespace Agora.Cli.Tests.Store;

public sealed class SqliteLlmResponseCacheTests
{
    [Fact]
    public void Replies_survive_reopening_and_can_be_cleared()
    {
        string path = CliHarness.TempPath("cache.db");
        using (var cache = new SqliteLlmResponseCache(path, TimeProvider.System))
        {
            Assert.False(cache.TryGet("k1", out _));
            cache.Put("k1", new LlmReply(" J", 40, 1));
        }

        using (var cache = new SqliteLlmResponseCache(path, TimeProvider.System))
        {
            Assert.True(cache.TryGet("k1", out var reply));
            Assert.Equal(new LlmReply(" J", 40, 1), reply);
            Assert.Equal(1, cache.Count);
            Assert.Equal(1, cache.Clear());
            Assert.False(cache.TryGet("k1", out _));
        }
    }

    [Fact]
    public void A_store_from_schema_one_is_migrated_in_place_keeping_its_runs()
    {
        string path = CliHarness.TempPath("old.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "1", "--set", "steps=10", "--store", path, "--quiet").Code);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE llm_cache; UPDATE agora_meta SET value = '1' WHERE key = 'schema_version';";
            command.ExecuteNonQuery();
        }

        using var cache = new SqliteLlmResponseCache(path, TimeProvider.System);
        cache.Put("k", new LlmReply("F", 1, 1));
        using var store = RunStore.Open(path, TimeProvider.System);
        Assert.Equal(StoreSchema.LatestVersion, store.SchemaVersion);
        Assert.Equal("completed", store.GetRun(1)!.Status);
    }
}
