using System.Text;
using Microsoft.Data.Sqlite;

namespace Agora.Cli.Store;

/// <summary>
/// Decides, without writing a byte, whether an existing file may be used as a run store.
/// </summary>
/// <remarks>
/// A store that is a text file, a truncated database or another program's database must be refused and left exactly
/// as it was. So the checks read the header by hand, then open SQLite read-only, and remove the side files
/// (<c>-wal</c>, <c>-shm</c>) that a read-only open of a WAL database may create.
/// </remarks>
internal static class StoreFileCheck
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static void EnsureUsable(string path, string shownPath)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"Store '{shownPath}' is a directory, not a database file.");
        }

        if (!File.Exists(path))
        {
            return;
        }

        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
        {
            throw new StoreException($"Store '{shownPath}' is not an Agora run store: it is not a SQLite database. The file was left untouched.");
        }

        string[] sideFiles = [path + "-wal", path + "-shm"];
        bool[] existed = sideFiles.Select(File.Exists).ToArray();
        try
        {
            CheckContents(path, shownPath);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            for (int i = 0; i < sideFiles.Length; i++)
            {
                if (!existed[i] && File.Exists(sideFiles[i]))
                {
                    File.Delete(sideFiles[i]);
                }
            }
        }
    }

    private static void CheckContents(string path, string shownPath)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ToString());
            connection.Open();
            using (var check = connection.CreateCommand())
            {
                check.CommandText = "PRAGMA quick_check;";
                string? verdict = check.ExecuteScalar() as string;
                if (verdict != "ok")
                {
                    throw new StoreException($"Store '{shownPath}' is corrupt ({verdict}). The file was left untouched.");
                }
            }

            using var meta = connection.CreateCommand();
            meta.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'agora_meta';";
            if (Convert.ToInt64(meta.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                throw new StoreException($"Store '{shownPath}' is a SQLite database but not an Agora run store (no agora_meta table). The file was left untouched.");
            }

            meta.CommandText = "SELECT value FROM agora_meta WHERE key = 'application';";
            if (meta.ExecuteScalar() as string != StoreSchema.Application)
            {
                throw new StoreException($"Store '{shownPath}' is a SQLite database but not an Agora run store. The file was left untouched.");
            }

            meta.CommandText = "SELECT value FROM agora_meta WHERE key = 'schema_version';";
            if (!int.TryParse(meta.ExecuteScalar() as string, out int version) || version > StoreSchema.LatestVersion)
            {
                throw new StoreException($"Store '{shownPath}' has schema version '{meta.ExecuteScalar()}', newer than this Agora understands ({StoreSchema.LatestVersion}). The file was left untouched.");
            }
        }
        catch (SqliteException e)
        {
            throw new StoreException($"Store '{shownPath}' is corrupt or unreadable: {e.Message.ReplaceLineEndings(" ")} The file was left untouched.", e);
        }
    }
}
