using System.Text.Json;

namespace Agora.Core.Evolution;

/// <summary>Writes a Moran run's population counts per generation as JSON, for stackplots of stored runs.</summary>
/// <remarks>
/// Layout: <c>{"population": N, "winner": name or null, "types": [...], "counts": [[...], ...]}</c>, one row of counts
/// per generation (generation 0 first) with one count per listed type; types that never appear are left out.
/// </remarks>
public static class PopulationHistoryJson
{
    /// <summary>Serialises the populations of one run.</summary>
    /// <param name="result">The run.</param>
    /// <param name="population">The population size N.</param>
    /// <returns>UTF-8 JSON.</returns>
    public static byte[] Write(MoranResult result, int population)
    {
        ArgumentNullException.ThrowIfNull(result);
        string[] types = [.. result.Types.Where(t => result.Populations.Any(p => p.ContainsKey(t)))];
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("population", population);
            if (result.Winner is { } winner)
            {
                w.WriteString("winner", winner);
            }
            else
            {
                w.WriteNull("winner");
            }

            w.WriteStartArray("types");
            foreach (string type in types)
            {
                w.WriteStringValue(type);
            }

            w.WriteEndArray();
            w.WriteStartArray("counts");
            foreach (IReadOnlyDictionary<string, int> generation in result.Populations)
            {
                w.WriteStartArray();
                foreach (string type in types)
                {
                    w.WriteNumberValue(generation.GetValueOrDefault(type));
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
