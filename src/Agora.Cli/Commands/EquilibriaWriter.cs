using System.Text;
using System.Text.Json;
using Agora.Core.Equilibria;
using Agora.Core.Games;

namespace Agora.Cli.Commands;

/// <summary>Prints equilibria as aligned text or as one JSON object.</summary>
internal static class EquilibriaWriter
{
    public static string Text(MatrixGame game, IReadOnlyList<EquilibriaSection> sections)
    {
        var output = new StringBuilder();
        output.Append($"{game.Type.ShortName}: {game.Type.LongName.Split(" (")[0]}, {game.Rows}x{game.Columns}; ");
        output.Append($"row actions {string.Join(' ', Labels(game, 0))}, column actions {string.Join(' ', Labels(game, 1))}\n");
        foreach (EquilibriaSection section in sections)
        {
            output.Append($"{section.Title}: {section.Equilibria.Count} equilibri{(section.Equilibria.Count == 1 ? "um" : "a")}\n");
            var rows = section.Equilibria.Select((e, i) => new[]
            {
                $"{i + 1}",
                $"row ({string.Join(", ", e.Equilibrium.RowStrategy)})",
                $"column ({string.Join(", ", e.Equilibrium.ColumnStrategy)})",
                $"payoffs {Value(e.Equilibrium.RowPayoff)}, {Value(e.Equilibrium.ColumnPayoff)}",
                e.Labels is null ? string.Empty : $"label{(e.Labels.Count == 1 ? string.Empty : "s")} {string.Join(", ", e.Labels)}",
            }).ToList();
            int[] widths = [.. Enumerable.Range(0, 5).Select(c => rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))];
            foreach (string[] row in rows)
            {
                output.Append("  ").Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
            }
        }

        return output.ToString();
    }

    public static string Json(MatrixGame game, IReadOnlyList<EquilibriaSection> sections)
    {
        return JsonLine.Object(writer =>
        {
            writer.WriteString("game", game.Type.ShortName);
            WriteStrings(writer, "rowActions", Labels(game, 0));
            WriteStrings(writer, "columnActions", Labels(game, 1));
            writer.WriteStartArray("results");
            foreach (EquilibriaSection section in sections)
            {
                writer.WriteStartObject();
                writer.WriteString("method", section.Method);
                writer.WriteStartArray("equilibria");
                foreach (LabelledEquilibrium labelled in section.Equilibria)
                {
                    WriteEquilibrium(writer, labelled);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });
    }

    private static void WriteEquilibrium(Utf8JsonWriter writer, LabelledEquilibrium labelled)
    {
        NashEquilibrium e = labelled.Equilibrium;
        writer.WriteStartObject();
        WriteStrings(writer, "row", e.RowStrategy.Select(p => p.ToString()));
        WriteStrings(writer, "column", e.ColumnStrategy.Select(p => p.ToString()));
        writer.WriteString("rowPayoff", e.RowPayoff.ToString());
        writer.WriteString("columnPayoff", e.ColumnPayoff.ToString());
        WriteNumbers(writer, "rowProbabilities", e.RowProbabilities());
        WriteNumbers(writer, "columnProbabilities", e.ColumnProbabilities());
        writer.WriteNumber("rowPayoffValue", e.RowPayoff.ToDouble());
        writer.WriteNumber("columnPayoffValue", e.ColumnPayoff.ToDouble());
        if (labelled.Labels is { } labels)
        {
            writer.WriteStartArray("labels");
            foreach (int label in labels)
            {
                writer.WriteNumberValue(label);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static string Value(Rational value) =>
        value.Denominator.IsOne ? value.ToString() : $"{value} (~{EquilibriaCommand.Format(value.ToDouble())})";

    private static IEnumerable<string> Labels(MatrixGame game, int player) => Enumerable.Range(0, game.NumActions(player)).Select(a => game.ActionToString(player, a));

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<double> values)
    {
        writer.WriteStartArray(name);
        foreach (double value in values)
        {
            writer.WriteNumberValue(value);
        }

        writer.WriteEndArray();
    }
}
