using System.Text.Json;
using Agora.Core.Environments.Foraging;

namespace Agora.Core.Tests.Environments.Foraging;

/// <summary>
/// Replays transitions recorded from lb-foraging 2.0 itself (tools/lbf-reference/record.py; provenance in its README):
/// from each recorded state and joint action, Agora must produce the same rewards, done flag, next state and observations.
/// </summary>
public sealed class LbForagingReplayTests
{
    private static readonly Dictionary<string, ForagingOptions> Configs = new()
    {
        ["Foraging-8x8-2p-2f-v3"] = ForagingId.Parse("Foraging-8x8-2p-2f-v3"),
        ["Foraging-2s-8x8-3p-3f-v3"] = ForagingId.Parse("Foraging-2s-8x8-3p-3f-v3"),
        ["Foraging-15x15-4p-5f-coop-v3"] = ForagingId.Parse("Foraging-15x15-4p-5f-coop-v3"),
        ["custom-6x6-4p-2f-s1-pen"] = new ForagingOptions { Rows = 6, Cols = 6, Players = 4, MaxNumFood = 2, Sight = 1, Penalty = 0.1, NormalizeReward = false, MaxEpisodeSteps = 30 },
        ["grid-8x8-3p-3f-s2"] = new ForagingOptions { Rows = 8, Cols = 8, Players = 3, MaxNumFood = 3, Sight = 2, ObservationMode = ForagingObservationMode.Grid },
    };

    [Theory]
    [InlineData("lbforaging-transitions.jsonl", 1000, 40)]
    [InlineData("lbforaging-grid-transitions.jsonl", 100, 1)]
    public void Every_recorded_lb_foraging_transition_is_reproduced(string file, int count, int minLoads)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Environments", "Foraging", "Data", file);
        string[] lines = File.ReadAllLines(path);
        Assert.Equal(count, lines.Length);
        var envs = Configs.ToDictionary(c => c.Key, c => new ForagingEnv(c.Value));
        int loads = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            JsonElement root = doc.RootElement;
            var env = envs[root.GetProperty("config").GetString()!];
            env.Reset(0);
            env.LoadState(ForagingState.FromElement(root.GetProperty("state")));
            int[] actions = root.GetProperty("actions").EnumerateArray().Select(a => a.GetInt32()).ToArray();
            int n = actions.Length;
            var rewards = new float[n];
            var terminated = new bool[n];
            var truncated = new bool[n];
            env.Step(actions, rewards, terminated, truncated);
            var exact = new double[n];
            env.WriteRewards(exact);
            double[] expected = root.GetProperty("rewards").EnumerateArray().Select(r => r.GetDouble()).ToArray();
            for (int p = 0; p < n; p++)
            {
                Assert.True(Math.Abs(expected[p] - exact[p]) < 1e-12, $"line {i + 1}: reward of player {p} is {exact[p]}, lb-foraging gave {expected[p]}");
            }

            Assert.True(root.GetProperty("done").GetBoolean() == terminated[0], $"line {i + 1}: done");
            Assert.False(truncated[0]);
            string next = ForagingState.FromElement(root.GetProperty("next")).ToJson();
            Assert.True(next == env.SaveState().ToJson(), $"line {i + 1}: next state {env.SaveState().ToJson()} but lb-foraging gave {next}");
            var obs = new float[n * env.ObservationSize];
            env.WriteObservations(obs);
            float[] expectedObs = root.GetProperty("obs").EnumerateArray().SelectMany(o => o.EnumerateArray().Select(v => v.GetSingle())).ToArray();
            Assert.True(expectedObs.AsSpan().SequenceEqual(obs), $"line {i + 1}: observations [{string.Join(",", obs)}] but lb-foraging gave [{string.Join(",", expectedObs)}]");
            loads += expected.Any(r => r != 0) ? 1 : 0;
        }

        // The recording must exercise the interesting paths, or the test proves little.
        Assert.True(loads >= minLoads, $"only {loads} transitions with non-zero rewards");
    }
}
