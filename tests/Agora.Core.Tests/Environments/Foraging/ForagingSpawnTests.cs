using Agora.Core.Environments;
using Agora.Core.Environments.Foraging;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.Foraging;

/// <summary>Reset statistics (mirroring lb-foraging's test_food_spawning_*), ids, conformance and refusals.</summary>
public sealed class ForagingSpawnTests
{
    [Theory]
    [InlineData("Foraging-8x8-2p-2f-v3")]
    [InlineData("Foraging-2s-15x15-4p-5f-coop-v3")]
    [InlineData("Foraging-10x10-9p-9f-v3")]
    public void Food_is_off_the_border_at_least_three_apart_and_never_under_a_player(string id)
    {
        var env = ForagingEnv.FromId(id);
        for (ulong seed = 0; seed < 200; seed++)
        {
            env.Reset(seed);
            ForagingState s = env.SaveState();
            Assert.All(s.Foods, f => Assert.True(f.Row > 0 && f.Col > 0 && f.Row < s.Rows - 1 && f.Col < s.Cols - 1));
            foreach (var a in s.Foods)
            {
                foreach (var b in s.Foods.Where(b => b != a))
                {
                    Assert.True(Math.Abs(a.Row - b.Row) + Math.Abs(a.Col - b.Col) >= 3);
                    Assert.False(Math.Abs(a.Row - b.Row) <= 1 && Math.Abs(a.Col - b.Col) <= 1);
                }
            }

            Assert.Equal(s.Players.Count, s.Players.Select(p => (p.Row, p.Col)).Distinct().Count());
            Assert.DoesNotContain(s.Players, p => s.Foods.Any(f => f.Row == p.Row && f.Col == p.Col));
            Assert.All(s.Players, p => Assert.InRange(p.Level, 1, 2));
            int lowest3 = s.Players.Select(p => p.Level).Order().Take(3).Sum();
            Assert.All(s.Foods, f => Assert.InRange(f.Level, id.Contains("-coop") ? lowest3 : 1, lowest3));
            Assert.Equal(s.Foods.Sum(f => f.Level), s.FoodSpawned);
        }
    }

    [Fact]
    public void Force_coop_foods_need_more_than_any_single_player()
    {
        var env = ForagingEnv.FromId("Foraging-8x8-2p-2f-coop-v3");
        for (ulong seed = 0; seed < 100; seed++)
        {
            env.Reset(seed);
            ForagingState s = env.SaveState();
            int sum = s.Players.Sum(p => p.Level);
            Assert.All(s.Foods, f => Assert.Equal(sum, f.Level));
            Assert.All(s.Players, p => Assert.True(p.Level < s.Foods[0].Level));
        }
    }

    [Fact]
    public void Both_levels_and_many_cells_occur()
    {
        var env = ForagingEnv.FromId("Foraging-8x8-2p-2f-v3");
        var levels = new HashSet<int>();
        var cells = new HashSet<(int, int)>();
        for (ulong seed = 0; seed < 300; seed++)
        {
            env.Reset(seed);
            levels.Add(env.LevelOf(0));
            cells.Add(env.PositionOf(0));
        }

        Assert.Equal([1, 2], levels.Order());
        Assert.True(cells.Count > 50, $"only {cells.Count} cells");
        Assert.Contains(cells, c => c.Item1 == 0 || c.Item2 == 7); // players may spawn on the border
    }

    [Theory]
    [InlineData("Foraging-8x8-2p-2f-v3", 8, 2, 2, 8, false, false, 12)]
    [InlineData("Foraging-2s-15x15-4p-5f-coop-v3", 15, 4, 5, 2, true, false, 27)]
    [InlineData("Foraging-15x15-4p-5f-v3", 15, 4, 5, 15, false, false, 27)]
    [InlineData("Foraging-grid-3s-8x8-2p-2f-coop-v3", 8, 2, 2, 3, true, true, 147)]
    [InlineData("Foraging-grid-5x5-2p-1f-v3", 5, 2, 1, 5, false, true, 363)]
    public void Ids_parse_into_lb_foragings_registered_configuration(string id, int size, int players, int foods, int sight, bool coop, bool grid, int obsSize)
    {
        ForagingOptions o = ForagingId.Parse(id);
        Assert.Equal((size, size, players, foods, sight, coop), (o.Rows, o.Cols, o.Players, o.MaxNumFood, o.Sight, o.ForceCoop));
        Assert.Equal(grid ? ForagingObservationMode.Grid : ForagingObservationMode.Vector, o.ObservationMode);
        Assert.Equal((1, 2, 1, (int?)null, 50, 0.0, true), (o.MinPlayerLevel, o.MaxPlayerLevel, o.MinFoodLevel, o.MaxFoodLevel, o.MaxEpisodeSteps, o.Penalty, o.NormalizeReward));
        Assert.Equal(obsSize, new ForagingEnv(o).ObservationSize);
        Assert.True(EnvRegistry.TryGet(id, out var registration));
        Assert.IsType<ForagingEnv>(registration.Create());
    }

    [Theory]
    [InlineData("Foraging-8x8-2p-2f-v2")]
    [InlineData("Foraging-4x4-2p-2f-v3")]
    [InlineData("Foraging-20x20-2p-2f-v3")]
    [InlineData("Foraging-8x8-1p-2f-v3")]
    [InlineData("Foraging-8x8-2p-0f-v3")]
    [InlineData("Foraging-8x9-2p-2f-v3")]
    [InlineData("Foraging-3s-8x8-2p-2f-v3")]
    [InlineData("Foraging-grid-8s-8x8-2p-2f-v3")]
    [InlineData("Foraging-8x8-2p-2f-coop-2s-v3")]
    [InlineData("foraging-8x8-2p-2f-v3")]
    public void Unregistered_ids_are_refused_with_the_id_named(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => ForagingId.Parse(id));
        Assert.Contains($"'{id}'", e.Message, StringComparison.Ordinal);
        Assert.False(EnvRegistry.TryGet(id, out _));
    }

    [Theory]
    [InlineData("Foraging-8x8-2p-2f-v3")]
    [InlineData("Foraging-2s-15x15-4p-5f-coop-v3")]
    [InlineData("Foraging-grid-2s-8x8-2p-2f-v3")]
    public void Passes_the_env_conformance_kit(string id)
    {
        EnvConformance.Check(() => ForagingEnv.FromId(id), steps: 500, seed: 3);
    }

    [Fact]
    public void Every_observation_lies_in_the_observation_space()
    {
        foreach (string id in new[] { "Foraging-2s-8x8-3p-3f-v3", "Foraging-5x5-2p-1f-coop-v3", "Foraging-grid-2s-8x8-2p-2f-v3" })
        {
            var env = ForagingEnv.FromId(id);
            var rng = new Agora.Core.Randomness.AgoraRandom(1);
            var obs = new float[env.NumAgents * env.ObservationSize];
            var actions = new int[env.NumAgents];
            var r = new float[env.NumAgents];
            var t = new bool[env.NumAgents];
            var u = new bool[env.NumAgents];
            env.Reset(1);
            for (int step = 0; step < 2000; step++)
            {
                env.WriteObservations(obs);
                for (int a = 0; a < env.NumAgents; a++)
                {
                    Assert.True(env.ObservationSpace.Contains(obs.AsSpan(a * env.ObservationSize, env.ObservationSize)), $"{id} step {step} agent {a}");
                    actions[a] = rng.NextInt(6);
                }

                env.Step(actions, r, t, u);
                if (t[0] || u[0])
                {
                    env.Reset((ulong)step);
                }
            }
        }
    }

    [Theory]
    [InlineData(65, 1, 2, "Players 65 exceed")]
    [InlineData(5, 5, 2, "(fewer than 3 rows or columns)")]
    public void Impossible_fields_are_refused(int players, int rows, int foods, string expected)
    {
        var options = new ForagingOptions { Rows = rows, Cols = players > 64 ? 64 : 2, MaxNumFood = foods, Sight = 2 };
        if (players > 64)
        {
            var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => options with { Players = players });
            Assert.Contains("Players", tooMany.Message, StringComparison.Ordinal);
            var crowded = Assert.Throws<ArgumentException>(() => new ForagingEnv(new ForagingOptions { Rows = 2, Cols = 2, Players = 5, MaxNumFood = 0 }));
            Assert.Contains("Players 5 exceed the 2x2 field's 4 cells", crowded.Message, StringComparison.Ordinal);
            return;
        }

        var e = Assert.Throws<ArgumentException>(() => new ForagingEnv(options));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Force_coop_food_above_what_four_adjacent_players_can_reach_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ForagingEnv(new ForagingOptions { Players = 2, ForceCoop = true, MaxFoodLevel = 5 }));
        Assert.Contains("ForceCoop food level 5 (= MaxFoodLevel) exceeds 4", e.Message, StringComparison.Ordinal);
        var f = Assert.Throws<ArgumentException>(() => new ForagingEnv(new ForagingOptions { Players = 6, MinFoodLevel = 9, MaxFoodLevel = 10 }));
        Assert.Contains("MinFoodLevel 9 exceeds 8", f.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ForagingEnv(new ForagingOptions { MinPlayerLevel = 3, MaxPlayerLevel = 2 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForagingOptions { Penalty = -1 });
    }
}
