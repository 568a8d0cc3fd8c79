using Agora.Core.Environments.Foraging;

namespace Agora.Core.Tests.Environments.Foraging;

public sealed class ForagingStateTests
{
    [Fact]
    public void A_saved_state_round_trips_through_json_and_replays_identically()
    {
        var env = ForagingEnv.FromId("Foraging-8x8-3p-3f-v3");
        env.Reset(11);
        var rng = new Agora.Core.Randomness.AgoraRandom(2);
        int[] actions = new int[3];
        float[] r1 = new float[3], r2 = new float[3];
        bool[] t = new bool[3], u = new bool[3];
        for (int k = 0; k < 5; k++)
        {
            actions[0] = rng.NextInt(6);
            env.Step(actions, r1, t, u);
        }

        string json = env.SaveState().ToJson();
        var copy = ForagingEnv.FromId("Foraging-8x8-3p-3f-v3");
        copy.LoadState(json);
        Assert.Equal(json, copy.SaveState().ToJson());
        Assert.Equal(env.SaveState().Foods, copy.SaveState().Foods);
        for (int k = 0; k < 40 && !env.IsOver; k++)
        {
            for (int a = 0; a < 3; a++)
            {
                actions[a] = rng.NextInt(6);
            }

            env.Step(actions, r1, t, u);
            copy.Step(actions, r2, t, u);
            Assert.Equal(r1, r2);
            Assert.Equal(env.SaveState().ToJson(), copy.SaveState().ToJson());
        }
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("""{"rows":8,"cols":8,"step":0,"foodSpawned":1,"foods":[]}""", "missing field 'players'")]
    [InlineData("""{"rows":8,"cols":8,"step":"0","foodSpawned":1,"foods":[],"players":[]}""", "field 'step' must be an integer")]
    [InlineData("""{"rows":8,"cols":8,"step":0,"foodSpawned":1,"foods":[{"row":1,"col":2}],"players":[]}""", "missing field 'foods[0].level'")]
    [InlineData("""{"rows":8,"cols":8,"step":0,"foodSpawned":1,"foods":{},"players":[]}""", "field 'foods' must be an array")]
    public void Malformed_json_is_refused_naming_the_field(string json, string expected)
    {
        var env = ForagingEnv.FromId("Foraging-8x8-2p-2f-v3");
        var e = Assert.Throws<FormatException>(() => env.LoadState(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, 8, 0, 1, "[]", "[[0,0,1],[1,1,1]]", "'rows/cols'")]
    [InlineData(8, 8, 0, 1, "[]", "[[0,0,1]]", "'players': has 1 entries")]
    [InlineData(8, 8, 50, 1, "[]", "[[0,0,1],[1,1,1]]", "'step': 50 is outside 0..49")]
    [InlineData(8, 8, 0, 0, "[[3,3,1]]", "[[0,0,1],[1,1,1]]", "'foodSpawned'")]
    [InlineData(8, 8, 0, 3, "[[3,3,1],[5,5,1],[2,5,1]]", "[[0,0,1],[1,1,1]]", "'foods': has 3 entries")]
    [InlineData(8, 8, 0, 1, "[[0,3,1]]", "[[0,0,1],[1,1,1]]", "'foods[0]': (0, 3) lies on the border")]
    [InlineData(8, 8, 0, 2, "[[3,3,1],[3,3,1]]", "[[0,0,1],[1,1,1]]", "'foods[1]': (3, 3) already holds a food")]
    [InlineData(8, 8, 0, 1, "[[3,3,1]]", "[[3,3,1],[1,1,1]]", "'players[0]': (3, 3) stands on a food")]
    [InlineData(8, 8, 0, 1, "[[3,3,1]]", "[[0,8,1],[1,1,1]]", "'players[0]': (0, 8) is off the 8x8 field")]
    [InlineData(8, 8, 0, 1, "[[3,3,0]]", "[[0,0,1],[1,1,1]]", "'foods[0]': level 0 must be at least 1")]
    public void Impossible_states_are_refused_naming_the_field(int rows, int cols, int step, double spawned, string foods, string players, string expected)
    {
        static string Entities(string list) => System.Text.RegularExpressions.Regex.Replace(list, @"\[(\d+),(\d+),(\d+)\]", "{\"row\":$1,\"col\":$2,\"level\":$3}");
        string json = $$"""{"rows":{{rows}},"cols":{{cols}},"step":{{step}},"foodSpawned":{{spawned}},"foods":{{Entities(foods)}},"players":{{Entities(players)}}}""";
        var env = ForagingEnv.FromId("Foraging-8x8-2p-2f-v3");
        env.Reset(0);
        string before = env.SaveState().ToJson();
        var e = Assert.Throws<ArgumentException>(() => env.LoadState(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, env.SaveState().ToJson());
    }
}
