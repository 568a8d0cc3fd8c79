using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Environments.GridWorld;

public sealed class GridGeneratorTests
{
    public static TheoryData<string> GridEnvNames() => new(GridWorldRegistry.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(GridEnvNames))]
    public void Every_generated_layout_is_solvable(string name)
    {
        var env = (GridWorldEnv)GridWorldRegistry.All.Single(e => e.Name == name).Create();
        for (ulong seed = 0; seed < 300; seed++)
        {
            GridLayout layout = env.Task.CreateLayout(AgoraRandom.DeriveSeed(99, (long)seed), env.NumAgents);
            Assert.True(GridSolvability.IsSolvable(layout), $"{name}: layout of seed {seed} cannot be solved.");
        }
    }

    [Fact]
    public void The_solvability_check_rejects_a_walled_off_goal_and_a_missing_key()
    {
        var walled = new HandBuilt(7, 5, b =>
        {
            b.Grid.VerticalWall(3, 0);
            b.Put(GridCell.Goal, 5, 2);
            b.SetAgent(0, 1, 2, 0);
        });
        Assert.False(GridSolvability.IsSolvable(walled.CreateLayout(0)));
        var noKey = new HandBuilt(7, 5, b =>
        {
            b.Grid.VerticalWall(3, 0);
            b.Put(GridCell.Door(GridColor.Red, DoorState.Locked), 3, 2);
            b.Put(GridCell.Key(GridColor.Blue), 1, 1);
            b.Put(GridCell.Goal, 5, 2);
            b.SetAgent(0, 1, 2, 0);
        });
        Assert.False(GridSolvability.IsSolvable(noKey.CreateLayout(0)));
        var withKey = new HandBuilt(7, 5, b =>
        {
            b.Grid.VerticalWall(3, 0);
            b.Put(GridCell.Door(GridColor.Red, DoorState.Locked), 3, 2);
            b.Put(GridCell.Key(GridColor.Red), 1, 1);
            b.Put(GridCell.Goal, 5, 2);
            b.SetAgent(0, 1, 2, 0);
        });
        Assert.True(GridSolvability.IsSolvable(withKey.CreateLayout(0)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public void C_contexts_give_exactly_C_distinct_layouts(int contexts)
    {
        foreach (GridTask task in new GridTask[] { new DoorKeyTask(6), new MultiRoomTask(3, 3, 5, 11), new CorridorKeyTask(3, 4) })
        {
            var env = new GridWorldEnv(task, new GridWorldOptions { Contexts = contexts, ContextSeed = 3 });
            var seen = new List<GridLayout>();
            for (long episode = 0; episode < 400; episode++)
            {
                env.Reset(AgoraRandom.DeriveSeed(17, episode));
                if (!seen.Exists(l => ReferenceEquals(l, env.Layout) || l.SameAs(env.Layout!)))
                {
                    seen.Add(env.Layout!);
                }
            }

            Assert.Equal(contexts, seen.Count);
        }
    }

    [Fact]
    public void Unbounded_contexts_give_a_fresh_layout_almost_every_episode()
    {
        var env = new GridWorldEnv(new DoorKeyTask(8));
        var fingerprints = new HashSet<ulong>();
        for (long episode = 0; episode < 200; episode++)
        {
            env.Reset(AgoraRandom.DeriveSeed(5, episode));
            fingerprints.Add(env.Layout!.Fingerprint);
        }

        Assert.True(fingerprints.Count > 150, $"only {fingerprints.Count} distinct layouts in 200 episodes");
    }

    [Fact]
    public void Invalid_configurations_are_refused_with_a_message_naming_the_problem()
    {
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => new GridWorldOptions { Contexts = 0 });
        Assert.Contains("Contexts", zero.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridWorldOptions { Contexts = -2 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GridWorldOptions { ViewSize = 4 });
        Assert.Contains("5×5", Assert.Throws<ArgumentOutOfRangeException>(() => new DoorKeyTask(4)).Message, StringComparison.Ordinal);
        Assert.Contains("cannot fit", Assert.Throws<ArgumentException>(() => new MultiRoomTask(6, 6, 10, 8)).Message, StringComparison.Ordinal);

        // Passes the area bound but the chain cannot be laid out: refused at construction, not an endless loop.
        var tight = Assert.Throws<ArgumentException>(() => new GridWorldEnv(new MultiRoomTask(3, 3, 4, 7)));
        Assert.True(tight.Message.Contains("do not fit", StringComparison.Ordinal), tight.Message);

        // Empty has one layout only, so three contexts cannot exist.
        var few = Assert.Throws<ArgumentException>(() => new GridWorldEnv(new EmptyTask(6), new GridWorldOptions { Contexts = 3 }));
        Assert.Contains("distinct layouts", few.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_gives_the_same_layout_and_different_seeds_differ()
    {
        var task = new KeyCorridorTask(3, 4);
        Assert.True(task.CreateLayout(11).SameAs(task.CreateLayout(11)));
        Assert.False(task.CreateLayout(11).SameAs(task.CreateLayout(12)));
    }

    [Fact]
    public void Multi_agent_gridworld_passes_conformance()
    {
        Agora.Core.Testing.EnvConformance.Check(() => new GridWorldEnv(new KeyCorridorTask(2, 4), new GridWorldOptions { NumAgents = 3 }), steps: 500, seed: 2);
    }

    [Theory]
    [InlineData("MiniGrid-Empty-5x5-v0", 100)]
    [InlineData("MiniGrid-Empty-6x6-v0", 144)]
    [InlineData("MiniGrid-Empty-16x16-v0", 1024)]
    public void Fixed_start_Empty_rooms_start_top_left_facing_right_with_four_size_squared_steps(string id, int maxSteps)
    {
        Assert.True(EnvRegistry.TryGet(id, out EnvRegistration? registration));
        var env = (GridWorldEnv)registration.Create();
        Assert.Equal(maxSteps, env.MaxSteps);
        var task = new EmptyTask((int)Math.Sqrt(maxSteps / 4));
        for (ulong seed = 0; seed < 5; seed++)
        {
            var layout = task.CreateLayout(seed);
            Assert.Equal((1, 1, 0), (layout.AgentX[0], layout.AgentY[0], layout.AgentDir[0]));
        }
    }

    [Fact]
    public void Empty_Random_starts_uniformly_on_the_free_cells_facing_any_way()
    {
        // MiniGrid's place_agent(): a uniformly random empty cell (the goal at (3, 3) is not empty) and direction.
        Assert.True(EnvRegistry.TryGet("MiniGrid-Empty-Random-5x5-v0", out EnvRegistration? registration));
        Assert.Equal(100, ((GridWorldEnv)registration.Create()).MaxSteps);
        var task = new EmptyTask(5, randomStart: true);
        Assert.Equal("Empty-Random-5x5", task.Id);
        var cells = new Dictionary<(int, int), int>();
        var directions = new int[4];
        const int Layouts = 4000;
        for (ulong seed = 0; seed < Layouts; seed++)
        {
            var layout = task.CreateLayout(seed);
            var cell = (layout.AgentX[0], layout.AgentY[0]);
            cells[cell] = cells.GetValueOrDefault(cell) + 1;
            directions[layout.AgentDir[0]]++;
        }

        var free = new[] { 1, 2, 3 }.SelectMany(x => new[] { 1, 2, 3 }.Select(y => (x, y))).Where(c => c != (3, 3)).ToArray();
        Assert.Equal(free.Order(), cells.Keys.Order());
        // Binomial(4000, 1/8) has sd ≈ 21 and Binomial(4000, 1/4) sd ≈ 27: ±5 sd.
        Assert.All(cells.Values, n => Assert.InRange(n, 500 - 105, 500 + 105));
        Assert.All(directions, n => Assert.InRange(n, 1000 - 135, 1000 + 135));
    }

    [Fact]
    public void FourRooms_has_one_gap_per_inner_wall_segment_and_a_free_start_and_goal()
    {
        Assert.True(EnvRegistry.TryGet("MiniGrid-FourRooms-v0", out EnvRegistration? registration));
        Assert.Equal(100, ((GridWorldEnv)registration.Create()).MaxSteps);
        var task = new FourRoomsTask();
        var gapRows = new[] { new HashSet<int>(), new HashSet<int>() };
        var gapCols = new[] { new HashSet<int>(), new HashSet<int>() };
        for (ulong seed = 0; seed < 400; seed++)
        {
            var layout = task.CreateLayout(seed);
            Assert.Equal(19, layout.Width);
            // The vertical wall x = 9 and the horizontal wall y = 9 each have one gap per room side, never at the crossing.
            int[] verticalGaps = [.. Enumerable.Range(0, 19).Where(y => layout[9, y].IsEmpty || layout[9, y].Type == GridObjectType.Goal)];
            int[] horizontalGaps = [.. Enumerable.Range(0, 19).Where(x => layout[x, 9].IsEmpty || layout[x, 9].Type == GridObjectType.Goal)];
            Assert.Equal(2, verticalGaps.Length);
            Assert.Equal(2, horizontalGaps.Length);
            Assert.InRange(verticalGaps[0], 1, 8);
            Assert.InRange(verticalGaps[1], 10, 17);
            Assert.InRange(horizontalGaps[0], 1, 8);
            Assert.InRange(horizontalGaps[1], 10, 17);
            for (int k = 0; k < 2; k++)
            {
                gapRows[k].Add(verticalGaps[k]);
                gapCols[k].Add(horizontalGaps[k]);
            }

            var goal = Enumerable.Range(0, 19 * 19).Select(c => (X: c % 19, Y: c / 19)).Single(c => layout[c.X, c.Y].Type == GridObjectType.Goal);
            Assert.NotEqual((goal.X, goal.Y), (layout.AgentX[0], layout.AgentY[0]));
            Assert.True(layout[layout.AgentX[0], layout.AgentY[0]].IsEmpty);
            Assert.True(GridSolvability.IsSolvable(layout));
        }

        // Every row and column of a room side is drawn.
        Assert.All(gapRows.Concat(gapCols), seen => Assert.Equal(8, seen.Count));
    }
}
