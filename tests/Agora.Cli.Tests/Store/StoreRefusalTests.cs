using Microsoft.Data.Sqlite;

namespace Agora.Cli.Tests.Store;

public sealed class StoreRefusalTests
{
    [Fact]
    public void A_text_file_is_refused_and_left_byte_identical()
    {
        string path = CliHarness.TempPath("notes.txt");
        File.WriteAllText(path, "my precious notes, not a database\n");
        AssertRefusedUntouched(path, "not a SQLite database");
    }

    [Fact]
    public void A_truncated_database_is_refused_and_left_byte_identical()
    {
        string good = CliHarness.TempPath("good.db");
        Assert.Equal(0, CliHarness.Run("run", "bandits-regret", "--trials", "20", "--set", "steps=2000", "--store", good, "--quiet").Code);
        byte[] bytes = File.ReadAllBytes(good);
        Assert.True(bytes.Length > 8192, "the store should span several pages");
        string truncated = CliHarness.TempPath("truncated.db");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        AssertRefusedUntouched(truncated, "corrupt");
    }

    [Fact]
    public void Another_programs_sqlite_database_is_refused_and_left_byte_identical()
    {
        string path = CliHarness.TempPath("foreign.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);";
            command.ExecuteNonQuery();
        }

        AssertRefusedUntouched(path, "not an Agora run store");
    }

    [Fact]
    public void A_directory_is_refused()
    {
        string directory = Path.GetDirectoryName(CliHarness.TempPath("x"))!;
        var (code, _, error) = CliHarness.Run("run", "bandits-regret", "--store", directory, "--quiet");
        Assert.Equal(2, code);
        Assert.Contains("directory", error, StringComparison.Ordinal);
    }

    private static void AssertRefusedUntouched(string path, string reason)
    {
        byte[] before = File.ReadAllBytes(path);
        string[] siblingsBefore = Directory.GetFiles(Path.GetDirectoryName(path)!);
        foreach (string[] args in new[]
        {
            new[] { "run", "bandits-regret", "--trials", "1", "--store", path, "--quiet" },
            new[] { "runs", "--store", path },
            new[] { "show", "1", "--store", path },
            new[] { "resume", "1", "--store", path },
            new[] { "export", "1", "--format", "csv", "--out", "-", "--store", path },
        })
        {
            var (code, _, error) = CliHarness.Run(args);
            Assert.Equal(2, code);
            Assert.Contains(path, error, StringComparison.Ordinal);
            Assert.Contains(reason, error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(siblingsBefore, Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
