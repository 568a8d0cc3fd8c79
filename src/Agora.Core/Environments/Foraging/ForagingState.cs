using System.Text.Json;

namespace Agora.Core.Environments.Foraging;

/// <summary>A food or a player on the field.</summary>
/// <param name="Row">The row (0 at the top).</param>
/// <param name="Col">The column (0 at the left).</param>
/// <param name="Level">The level; positive.</param>
public readonly record struct ForagingEntity(int Row, int Col, int Level);

/// <summary>
/// A snapshot of a Level-Based Foraging episode: everything a transition depends on, so a step can be replayed from
/// any state and compared with lb-foraging (which is set up the same way: field, positions, levels, <c>_food_spawned</c>,
/// <c>current_step</c>).
/// </summary>
/// <param name="Rows">Field rows; must match the environment.</param>
/// <param name="Cols">Field columns; must match the environment.</param>
/// <param name="Step">Steps already taken; below the step limit.</param>
/// <param name="FoodSpawned">The reward normaliser (Σ food levels at spawn); positive when any food is present.</param>
/// <param name="Foods">The foods left, at most <c>MaxNumFood</c>, off the border, one per cell.</param>
/// <param name="Players">One entry per player, in index order.</param>
/// <remarks>The environment's generator is not part of the snapshot: it only matters for the next reset (and for <see cref="LoadOrder.Random"/>).</remarks>
public sealed record ForagingState(int Rows, int Cols, int Step, double FoodSpawned, IReadOnlyList<ForagingEntity> Foods, IReadOnlyList<ForagingEntity> Players)
{
    /// <summary>The snapshot as JSON: <c>{"rows","cols","step","foodSpawned","foods":[{"row","col","level"}],"players":[…]}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("rows", Rows);
            w.WriteNumber("cols", Cols);
            w.WriteNumber("step", Step);
            w.WriteNumber("foodSpawned", FoodSpawned);
            WriteList(w, "foods", Foods);
            WriteList(w, "players", Players);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads a snapshot written by <see cref="ToJson"/> (or by the lb-foraging recording script).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot (not yet checked against an environment).</returns>
    /// <exception cref="FormatException">The text is not such an object; the message names the field.</exception>
    public static ForagingState FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromElement(doc.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Foraging state is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reads a snapshot from a parsed JSON object.</summary>
    /// <param name="root">The object.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="FormatException">A field is missing or has the wrong type.</exception>
    public static ForagingState FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Foraging state must be a JSON object; got {root.ValueKind}.");
        }

        return new ForagingState(
            Int(root, "rows"),
            Int(root, "cols"),
            Int(root, "step"),
            Number(root, "foodSpawned"),
            Entities(root, "foods"),
            Entities(root, "players"));
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<ForagingEntity> items)
    {
        w.WriteStartArray(name);
        foreach (var e in items)
        {
            w.WriteStartObject();
            w.WriteNumber("row", e.Row);
            w.WriteNumber("col", e.Col);
            w.WriteNumber("level", e.Level);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static JsonElement Field(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out JsonElement value) ? value : throw new FormatException($"Foraging state: missing field '{path}{name}'.");

    private static int Int(JsonElement obj, string name, string path = "")
    {
        JsonElement v = Field(obj, name, path);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i)
            ? i
            : throw new FormatException($"Foraging state: field '{path}{name}' must be an integer; got {v.GetRawText()}.");
    }

    private static double Number(JsonElement obj, string name)
    {
        JsonElement v = Field(obj, name, string.Empty);
        return v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out double d) && double.IsFinite(d)
            ? d
            : throw new FormatException($"Foraging state: field '{name}' must be a finite number; got {v.GetRawText()}.");
    }

    private static ForagingEntity[] Entities(JsonElement obj, string name)
    {
        JsonElement list = Field(obj, name, string.Empty);
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"Foraging state: field '{name}' must be an array; got {list.GetRawText()}.");
        }

        var result = new ForagingEntity[list.GetArrayLength()];
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string path = $"{name}[{i}].";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"Foraging state: '{name}[{i}]' must be an object with row, col and level.");
            }

            result[i++] = new ForagingEntity(Int(item, "row", path), Int(item, "col", path), Int(item, "level", path));
        }

        return result;
    }
}
