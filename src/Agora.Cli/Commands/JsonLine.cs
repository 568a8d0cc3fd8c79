using System.Text;
using System.Text.Json;

namespace Agora.Cli.Commands;

/// <summary>Builds the one-object JSON documents that commands print with <c>--json</c>.</summary>
internal static class JsonLine
{
    /// <summary>Writes <c>{ … }</c> with <paramref name="writeMembers"/> filling in the members, plus a final newline.</summary>
    public static string Object(Action<Utf8JsonWriter> writeMembers)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeMembers(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
