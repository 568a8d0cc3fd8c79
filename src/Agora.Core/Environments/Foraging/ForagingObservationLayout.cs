using System.Text.Json;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.Foraging;

/// <summary>One float of a Level-Based Foraging observation: where it sits and what it means.</summary>
/// <param name="Index">Its position in the agent's observation.</param>
/// <param name="Name">A stable name, e.g. <c>food0.y</c>, <c>self.level</c>, <c>player2.x</c>, <c>food_layer[1,3]</c>.</param>
/// <param name="Low">The lower bound of the observation space.</param>
/// <param name="High">The upper bound of the observation space.</param>
/// <param name="Missing">The value written when the entity is absent or not visible (vector mode), otherwise null.</param>
public sealed record ForagingObservationField(int Index, string Name, float Low, float High, float? Missing);

/// <summary>
/// The exact observation layout of lb-foraging 2.0 (vector mode) and of Agora's grid mode, as a machine-readable schema.
/// </summary>
/// <remarks>
/// <para>
/// Vector mode (<c>make_obs_array</c> in <c>environment.py</c>), float32, length 3·F + 3·P (3·F + 2·P without levels):
/// <c>[food_0 (y, x, level), …, food_{F−1}, self (y, x, level), player_1 …]</c>. Foods are the non-zero cells of the
/// agent's clipped sight window in row-major order; the self slot always holds the agent; then the other visible players
/// in index order. Coordinates are relative to the clipped window's top-left corner. Empty slots are (−1, −1, 0).
/// </para>
/// <para>
/// Bounds: upstream gives the first (row) coordinate the bound cols−1 and the second rows−1; that only differs for
/// non-square fields, where upstream's own observation assertion can then fail, so Agora uses rows−1 then cols−1.
/// </para>
/// <para>
/// Grid mode: three (2·sight+1)² layers, layer-major then row-major, centred on the agent over the field padded by
/// sight cells: player levels (1 without levels), food levels, accessibility (1 = inside the field and free of players
/// and food).
/// </para>
/// </remarks>
public static class ForagingObservationLayout
{
    /// <summary>The number of floats in one agent's observation.</summary>
    /// <param name="options">The configuration.</param>
    /// <returns>The size.</returns>
    public static int Size(ForagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ObservationMode == ForagingObservationMode.Grid)
        {
            int side = (2 * options.Sight) + 1;
            return 3 * side * side;
        }

        return (3 * options.MaxNumFood) + (PlayerWidth(options) * options.Players);
    }

    /// <summary>The floats per player slot in vector mode: 3, or 2 without levels.</summary>
    /// <param name="options">The configuration.</param>
    /// <returns>3 or 2.</returns>
    public static int PlayerWidth(ForagingOptions options) => options.ObserveAgentLevels ? 3 : 2;

    /// <summary>Every float of the observation, in order.</summary>
    /// <param name="options">The configuration.</param>
    /// <returns>The fields.</returns>
    public static IReadOnlyList<ForagingObservationField> Fields(ForagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fields = new List<ForagingObservationField>(Size(options));
        int maxPlayerLevel = options.MaxPlayerLevel;
        if (options.ObservationMode == ForagingObservationMode.Grid)
        {
            int side = (2 * options.Sight) + 1;
            (string Name, float High)[] layers = [("agent_layer", options.ObserveAgentLevels ? maxPlayerLevel : 1), ("food_layer", options.FoodLevelBound), ("access_layer", 1)];
            foreach (var (name, high) in layers)
            {
                for (int r = 0; r < side; r++)
                {
                    for (int c = 0; c < side; c++)
                    {
                        fields.Add(new(fields.Count, $"{name}[{r},{c}]", 0, high, null));
                    }
                }
            }

            return fields;
        }

        for (int f = 0; f < options.MaxNumFood; f++)
        {
            fields.Add(new(fields.Count, $"food{f}.y", -1, options.Rows - 1, -1));
            fields.Add(new(fields.Count, $"food{f}.x", -1, options.Cols - 1, -1));
            fields.Add(new(fields.Count, $"food{f}.level", 0, options.FoodLevelBound, 0));
        }

        for (int p = 0; p < options.Players; p++)
        {
            string who = p == 0 ? "self" : $"player{p}";
            fields.Add(new(fields.Count, $"{who}.y", -1, options.Rows - 1, -1));
            fields.Add(new(fields.Count, $"{who}.x", -1, options.Cols - 1, -1));
            if (options.ObserveAgentLevels)
            {
                fields.Add(new(fields.Count, $"{who}.level", 0, maxPlayerLevel, 0));
            }
        }

        return fields;
    }

    /// <summary>The observation space: the bounds of <see cref="Fields"/>.</summary>
    /// <param name="options">The configuration.</param>
    /// <returns>The box.</returns>
    public static Box Space(ForagingOptions options)
    {
        var fields = Fields(options);
        return new Box(fields.Select(f => f.Low).ToArray(), fields.Select(f => f.High).ToArray());
    }

    /// <summary>The schema as indented JSON: the mode, the size and every field with its bounds and missing value.</summary>
    /// <param name="options">The configuration.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(ForagingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("source", "lb-foraging 2.0 (semitable/lb-foraging@79f383b), lbforaging/foraging/environment.py make_obs_array");
            w.WriteString("mode", options.ObservationMode == ForagingObservationMode.Grid ? "grid" : "vector");
            w.WriteNumber("size", Size(options));
            w.WriteString("dtype", "float32");
            w.WriteString("coordinates", "relative to the top-left corner of the sight window, clipped at the field border");
            w.WriteString("foodOrder", "row-major over the visible non-zero cells");
            w.WriteString("playerOrder", "self first, then the other visible players in index order");
            w.WriteStartArray("fields");
            foreach (var f in Fields(options))
            {
                w.WriteStartObject();
                w.WriteNumber("index", f.Index);
                w.WriteString("name", f.Name);
                w.WriteNumber("low", f.Low);
                w.WriteNumber("high", f.High);
                if (f.Missing is float missing)
                {
                    w.WriteNumber("missing", missing);
                }
                else
                {
                    w.WriteNull("missing");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
