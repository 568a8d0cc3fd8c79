using System.Text.Json;

namespace Agora.Core.Tests.Fingerprints;

/// <summary>A fingerprint recorded from Axelrod 4.13 by tools/axelrod-reference/record_fingerprints.py (the file's
/// "command" field holds the exact command line).</summary>
internal sealed record AxelrodRecording(string Strategy, int Turns, int Repetitions, double? Step, IReadOnlyList<AxelrodCell> Cells)
{
    public static AxelrodRecording Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fingerprints", "Data", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        var cells = root.GetProperty("cells").EnumerateArray().Select(c => new AxelrodCell(
            c.TryGetProperty("x", out JsonElement x) ? x.GetDouble() : c.GetProperty("p").GetDouble(),
            c.TryGetProperty("y", out JsonElement y) ? y.GetDouble() : c.GetProperty("turn").GetInt32(),
            c.GetProperty("mean").GetDouble(),
            c.TryGetProperty("sd", out JsonElement sd) ? sd.GetDouble() : double.NaN,
            c.GetProperty("n").GetInt32())).ToList();
        double? step = root.GetProperty("step").ValueKind == JsonValueKind.Null ? null : root.GetProperty("step").GetDouble();
        return new AxelrodRecording(root.GetProperty("strategy").GetString()!, root.GetProperty("turns").GetInt32(), root.GetProperty("repetitions").GetInt32(), step, cells);
    }
}

/// <summary>One recorded cell: (x, y) for Ashlock, (p, turn) for transitive; the mean, its spread and the sample size.</summary>
internal sealed record AxelrodCell(double First, double Second, double Mean, double StandardDeviation, int Count);
