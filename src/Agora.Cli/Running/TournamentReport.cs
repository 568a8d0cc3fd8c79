using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Agora.Cli.Running;

/// <summary>Prints a tournament's ranked summary as a table or as one JSON object.</summary>
internal static class TournamentReport
{
    public static Table Table(TournamentRunReport report)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("rank").RightAligned());
        table.AddColumn("player");
        table.AddColumn(new TableColumn("median score").RightAligned());
        table.AddColumn(new TableColumn("wins").RightAligned());
        table.AddColumn(new TableColumn("cooperation").RightAligned());
        table.AddColumn(new TableColumn("initial C").RightAligned());
        table.AddColumn(new TableColumn("CC").RightAligned());
        table.AddColumn(new TableColumn("DD").RightAligned());
        foreach (JsonElement row in report.Summary.EnumerateArray())
        {
            table.AddRow(
                (row.GetProperty("Rank").GetInt32() + 1).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(row.GetProperty("Name").GetString()!),
                Format(row, "Median_score"),
                Format(row, "Wins"),
                Format(row, "Cooperation_rating"),
                Format(row, "Initial_C_rate"),
                Format(row, "CC_rate"),
                Format(row, "DD_rate"));
        }

        return table;
    }

    public static string Json(TournamentRunReport report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("run", report.RunId);
            w.WriteNumber("players", report.Players);
            w.WriteNumber("repetitions", report.Repetitions);
            w.WriteStartArray("ranking");
            foreach (JsonElement row in report.Summary.EnumerateArray())
            {
                w.WriteStartObject();
                w.WriteNumber("rank", row.GetProperty("Rank").GetInt32() + 1);
                w.WriteString("name", row.GetProperty("Name").GetString());
                w.WriteNumber("median_score", row.GetProperty("Median_score").GetDouble());
                w.WriteNumber("wins", row.GetProperty("Wins").GetDouble());
                w.WriteNumber("cooperation_rating", row.GetProperty("Cooperation_rating").GetDouble());
                w.WriteNumber("initial_c_rate", row.GetProperty("Initial_C_rate").GetDouble());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Format(JsonElement row, string key) => row.GetProperty(key).GetDouble().ToString("0.####", CultureInfo.InvariantCulture);
}
