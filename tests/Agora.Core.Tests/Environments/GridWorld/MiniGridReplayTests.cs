using System.Text.Json;
using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;

namespace Agora.Core.Tests.Environments.GridWorld;

/// <summary>
/// Replays trajectories recorded from MiniGrid 3.1.0 run from source (tools/minigrid-reference/record.py): each starts
/// from MiniGrid's initial grid loaded into Agora and must give the same images, directions, rewards and flags.
/// </summary>
public sealed class MiniGridReplayTests
{
    private static readonly string DataDir = Path.Combine(AppContext.BaseDirectory, "Environments", "GridWorld", "Data");

    public static TheoryData<string> Files() => new(Directory.GetFiles(DataDir, "*.json").Select(Path.GetFileName).Order()!);

    [Fact]
    public void The_recordings_cover_DoorKey_KeyCorridor_MultiRoom_and_a_success()
    {
        string[] names = Directory.GetFiles(DataDir, "*.json").Select(Path.GetFileName).ToArray()!;
        Assert.Contains(names, n => n.StartsWith("MiniGrid-DoorKey-8x8", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MiniGrid-KeyCorridorS3R3", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MiniGrid-MultiRoom", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("MiniGrid-Empty-8x8", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Agora_reproduces_the_recorded_MiniGrid_trajectory(string file)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDir, file)));
        JsonElement root = doc.RootElement;
        string envId = root.GetProperty("env").GetString()!;
        Assert.True(EnvRegistry.TryGet(envId, out EnvRegistration? registration), envId);
        var env = (GridWorldEnv)registration.Create();
        Assert.Equal(root.GetProperty("max_steps").GetInt32(), env.MaxSteps);
        env.Reset(LoadLayout(root));

        var obs = new float[env.ObservationSize];
        var actions = new int[1];
        var reward = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        env.WriteObservations(obs);
        AssertObservation(root.GetProperty("initial_image"), root.GetProperty("initial_direction").GetInt32(), obs, file, -1);
        int step = 0;
        foreach (JsonElement s in root.GetProperty("steps").EnumerateArray())
        {
            actions[0] = s.GetProperty("action").GetInt32();
            env.Step(actions, reward, terminated, truncated);
            env.WriteObservations(obs);
            AssertObservation(s.GetProperty("image"), s.GetProperty("direction").GetInt32(), obs, file, step);
            Assert.Equal(s.GetProperty("reward").GetDouble(), reward[0], 1e-6);
            Assert.Equal(s.GetProperty("terminated").GetBoolean(), terminated[0]);
            Assert.Equal(s.GetProperty("truncated").GetBoolean(), truncated[0]);
            step++;
        }

        Assert.True(step > 0);
    }

    private static GridLayout LoadLayout(JsonElement root)
    {
        int w = root.GetProperty("width").GetInt32();
        int h = root.GetProperty("height").GetInt32();
        var grid = new Grid(w, h);
        int i = 0;
        foreach (JsonElement cell in root.GetProperty("grid").EnumerateArray())
        {
            var type = (GridObjectType)cell[0].GetInt32();
            var color = (GridColor)cell[1].GetInt32();
            grid[i % w, i / w] = type == GridObjectType.Empty ? GridCell.Empty : new GridCell(type, color, (byte)cell[2].GetInt32());
            i++;
        }

        JsonElement agent = root.GetProperty("agent");
        GridCell? target = root.GetProperty("target").ValueKind == JsonValueKind.Array
            ? new GridCell((GridObjectType)root.GetProperty("target")[0].GetInt32(), (GridColor)root.GetProperty("target")[1].GetInt32())
            : null;
        return new GridLayout(grid, [agent[0].GetInt32()], [agent[1].GetInt32()], [agent[2].GetInt32()], target);
    }

    private static void AssertObservation(JsonElement image, int direction, float[] obs, string file, int step)
    {
        int k = 0;
        foreach (JsonElement v in image.EnumerateArray())
        {
            if (obs[k] != v.GetInt32())
            {
                Assert.Fail($"{file} step {step}: image entry {k} (view x {k / 21}, y {k / 3 % 7}, channel {k % 3}) is {obs[k]}, MiniGrid has {v.GetInt32()}.");
            }

            k++;
        }

        Assert.Equal(obs.Length - 1, k);
        Assert.Equal(direction, obs[^1]);
    }
}
