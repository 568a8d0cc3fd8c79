using System.Globalization;
using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

internal static class RlTestSupport
{
    public static bool LongTestsEnabled => Environment.GetEnvironmentVariable("AGORA_LONG_TESTS") == "1";

    public static double MeanOfLast(IReadOnlyList<EpisodeRecord> episodes, int count) =>
        episodes.Skip(Math.Max(0, episodes.Count - count)).Average(e => e.Return);

    /// <summary>Writes the curve as CSV (global_step,return) when AGORA_RL_CURVE_DIR is set, for docs plots.</summary>
    public static void MaybeWriteCurve(string name, IReadOnlyList<EpisodeRecord> episodes)
    {
        string? dir = Environment.GetEnvironmentVariable("AGORA_RL_CURVE_DIR");
        if (string.IsNullOrEmpty(dir))
        {
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllLines(
            Path.Combine(dir, name + ".csv"),
            ["global_step,episodic_return", .. episodes.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.GlobalStep},{e.Return}"))]);
    }
}
