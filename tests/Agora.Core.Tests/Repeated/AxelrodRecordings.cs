using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Agora.Core.Tests.Repeated;

/// <summary>Reads the recordings made from Axelrod 4.13 by tools/axelrod-reference (see the README there).</summary>
internal static class AxelrodRecordings
{
    private static readonly Lazy<DeterministicRecording> LazyDeterministic = new(LoadDeterministic);
    private static readonly Lazy<StochasticRecording> LazyStochastic = new(() => LoadRates("axelrod-stochastic.json"));
    private static readonly Lazy<StochasticRecording> LazyRandomised = new(() => LoadRates("axelrod-deterministic-randomised.json"));

    /// <summary>All pairs of the deterministic strategies Agora shares with Axelrod (record_deterministic.py).</summary>
    public static DeterministicRecording Deterministic => LazyDeterministic.Value;

    /// <summary>Per-turn cooperation counts of the shared stochastic strategies (record_stochastic.py).</summary>
    public static StochasticRecording Stochastic => LazyStochastic.Value;

    /// <summary>Per-turn cooperation counts of the shared deterministic strategies against Random: 0.5 and against
    /// Tit For Tat under noise (record_stochastic.py --deterministic).</summary>
    public static StochasticRecording DeterministicRandomised => LazyRandomised.Value;

    private static DeterministicRecording LoadDeterministic()
    {
        using FileStream file = File.OpenRead(DataPath("axelrod-deterministic.json.gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using JsonDocument document = JsonDocument.Parse(gzip);
        JsonElement root = document.RootElement;
        string[] strategies = [.. root.GetProperty("strategies").EnumerateArray().Select(e => e.GetString()!)];
        RecordedMatch[] Matches(JsonElement list) =>
        [
            .. list.EnumerateArray().Select(m => new RecordedMatch(
                strategies[m[0].GetInt32()], strategies[m[1].GetInt32()], m[2].GetString()!, m[3].GetString()!)),
        ];
        Dictionary<string, RecordedMatch[]> otherGames = root.GetProperty("other_games").EnumerateObject().ToDictionary(g => g.Name, g => Matches(g.Value));
        return new DeterministicRecording(root.GetProperty("turns").GetInt32(), strategies, Matches(root.GetProperty("matches")), otherGames);
    }

    private static StochasticRecording LoadRates(string file)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(DataPath(file)));
        JsonElement root = document.RootElement;
        RecordedRates[] pairs =
        [
            .. root.GetProperty("pairs").EnumerateArray().Select(p => new RecordedRates(
                p.GetProperty("player").GetString()!,
                p.GetProperty("opponent").GetString()!,
                p.GetProperty("turns").GetInt32(),
                p.TryGetProperty("noise", out JsonElement noise) ? noise.GetDouble() : 0,
                [.. p.GetProperty("cooperations").EnumerateArray().Select(c => c.GetInt32())],
                p.GetProperty("total_sum").GetInt64(),
                p.GetProperty("total_sum_squares").GetInt64())),
        ];
        return new StochasticRecording(root.GetProperty("matches").GetInt32(), pairs);
    }

    private static string DataPath(string file, [CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data", file);
}

/// <summary>One recorded deterministic match: the player in seat 0, the opponent in seat 1, and both move strings.</summary>
internal sealed record RecordedMatch(string Player, string Opponent, string PlayerMoves, string OpponentMoves);

/// <summary>The deterministic recording: match length, the shared strategies (Agora names), every pair i ≤ j in the
/// Prisoner's Dilemma, and, by Agora game id, the strategies that read the payoffs against every shared strategy in
/// other symmetric 2×2 games.</summary>
internal sealed record DeterministicRecording(int Turns, IReadOnlyList<string> Strategies, IReadOnlyList<RecordedMatch> Matches, IReadOnlyDictionary<string, RecordedMatch[]> OtherGames);

/// <summary>Axelrod's seat-0 player against one opponent (with the given noise) over many seeded matches: per-turn cooperation counts and
/// the sum and sum of squares of the per-match cooperation totals.</summary>
internal sealed record RecordedRates(string Player, string Opponent, int Turns, double Noise, int[] Cooperations, long TotalSum, long TotalSumSquares);

/// <summary>The stochastic recording: matches per pair and the pairs.</summary>
internal sealed record StochasticRecording(int Matches, IReadOnlyList<RecordedRates> Pairs);
