using Agora.Core.Environments.GridWorld;

namespace Agora.Core.Tests.Environments.GridWorld;

public sealed class GridRuleTests
{
    // A 7×5 room split by a wall at x = 3 with a door at (3, 2); the agent stands at (2, 2) facing the door.
    private static Stepper DoorRoom(GridCell door, GridCell keyAbove) => HandBuilt.Start(7, 5, b =>
    {
        b.Grid.VerticalWall(3, 0);
        b.Put(door, 3, 2);
        b.Put(keyAbove, 2, 1);
        b.SetAgent(0, 2, 2, 0);
    });

    [Fact]
    public void A_locked_door_blocks_until_toggled_with_a_key_of_its_colour()
    {
        Stepper s = DoorRoom(GridCell.Door(GridColor.Yellow, DoorState.Locked), GridCell.Key(GridColor.Yellow));
        s.Do(GridAction.Forward, GridAction.Toggle);
        Assert.Equal((2, 2), (s.Env.AgentX(0), s.Env.AgentY(0)));
        Assert.Equal(GridCell.Door(GridColor.Yellow, DoorState.Locked), s.Env.Grid[3, 2]);

        s.Do(GridAction.Left, GridAction.Pickup, GridAction.Right, GridAction.Toggle);
        Assert.Equal(GridCell.Key(GridColor.Yellow), s.Env.Carrying(0));
        Assert.Equal(GridCell.Door(GridColor.Yellow, DoorState.Open), s.Env.Grid[3, 2]);
        s.Do(GridAction.Forward);
        Assert.Equal((3, 2), (s.Env.AgentX(0), s.Env.AgentY(0)));
        Assert.Equal(GridCell.Key(GridColor.Yellow), s.Env.Carrying(0));
    }

    [Fact]
    public void A_key_of_another_colour_does_not_unlock()
    {
        Stepper s = DoorRoom(GridCell.Door(GridColor.Yellow, DoorState.Locked), GridCell.Key(GridColor.Blue));
        s.Do(GridAction.Left, GridAction.Pickup, GridAction.Right, GridAction.Toggle, GridAction.Forward);
        Assert.Equal(GridCell.Door(GridColor.Yellow, DoorState.Locked), s.Env.Grid[3, 2]);
        Assert.Equal((2, 2), (s.Env.AgentX(0), s.Env.AgentY(0)));
    }

    [Fact]
    public void A_closed_door_toggles_open_and_shut_and_blocks_when_shut()
    {
        Stepper s = DoorRoom(GridCell.Door(GridColor.Red, DoorState.Closed), GridCell.Empty);
        s.Do(GridAction.Forward);
        Assert.Equal(2, s.Env.AgentX(0));
        s.Do(GridAction.Toggle);
        Assert.Equal(DoorState.Open, (DoorState)s.Env.Grid[3, 2].State);
        s.Do(GridAction.Toggle);
        Assert.Equal(DoorState.Closed, (DoorState)s.Env.Grid[3, 2].State);
        s.Do(GridAction.Toggle, GridAction.Forward);
        Assert.Equal(3, s.Env.AgentX(0));
    }

    [Fact]
    public void Pickup_needs_empty_hands_and_drop_needs_an_empty_cell()
    {
        Stepper s = HandBuilt.Start(6, 5, b =>
        {
            b.Put(GridCell.Ball(GridColor.Purple), 3, 2);
            b.Put(GridCell.Key(GridColor.Green), 2, 1);
            b.SetAgent(0, 2, 2, 0);
        });
        s.Do(GridAction.Pickup);
        Assert.Equal(GridCell.Ball(GridColor.Purple), s.Env.Carrying(0));
        Assert.True(s.Env.Grid[3, 2].IsEmpty);

        s.Do(GridAction.Left, GridAction.Pickup);
        Assert.Equal(GridCell.Ball(GridColor.Purple), s.Env.Carrying(0));
        Assert.Equal(GridCell.Key(GridColor.Green), s.Env.Grid[2, 1]);

        s.Do(GridAction.Drop);
        Assert.Equal(GridCell.Ball(GridColor.Purple), s.Env.Carrying(0));
        s.Do(GridAction.Right, GridAction.Drop);
        Assert.True(s.Env.Carrying(0).IsEmpty);
        Assert.Equal(GridCell.Ball(GridColor.Purple), s.Env.Grid[3, 2]);
    }

    [Fact]
    public void Toggling_a_box_replaces_it_with_its_contents()
    {
        Stepper s = HandBuilt.Start(6, 5, b =>
        {
            b.Put(GridCell.Box(GridColor.Grey, GridCell.Key(GridColor.Red)), 3, 2);
            b.SetAgent(0, 2, 2, 0);
        });
        s.Do(GridAction.Toggle);
        Assert.Equal(GridCell.Key(GridColor.Red), s.Env.Grid[3, 2]);
    }

    [Fact]
    public void Stepping_on_lava_terminates_with_no_reward_and_the_agent_stops_acting()
    {
        Stepper s = HandBuilt.Start(6, 5, b =>
        {
            b.Put(GridCell.Lava, 3, 2);
            b.SetAgent(0, 2, 2, 0);
        });
        s.Do(GridAction.Forward);
        Assert.True(s.Terminated[0]);
        Assert.False(s.Truncated[0]);
        Assert.Equal(0f, s.Rewards[0]);
        Assert.False(s.Env.IsActive(0));
        Assert.Throws<InvalidOperationException>(() => s.Do(GridAction.Forward));
    }

    [Fact]
    public void Reaching_the_goal_pays_MiniGrids_time_discounted_reward()
    {
        Stepper s = HandBuilt.Start(6, 5, b =>
        {
            b.Put(GridCell.Goal, 4, 2);
            b.SetAgent(0, 2, 2, 0);
        }, maxSteps: 50);
        s.Do(GridAction.Forward);
        Assert.False(s.Terminated[0]);
        s.Do(GridAction.Forward);
        Assert.True(s.Terminated[0]);
        Assert.Equal(1 - (0.9 * 2 / 50), s.Rewards[0], 1e-6);
    }

    [Fact]
    public void Episodes_are_truncated_at_the_step_limit()
    {
        Stepper s = HandBuilt.Start(6, 5, b => b.SetAgent(0, 2, 2, 0), maxSteps: 3);
        s.Do(GridAction.Left, GridAction.Left);
        Assert.False(s.Truncated[0]);
        s.Do(GridAction.Left);
        Assert.True(s.Truncated[0]);
        Assert.False(s.Terminated[0]);
    }

    [Fact]
    public void The_view_encodes_object_colour_state_with_the_carried_object_at_the_agent_and_walls_occluding()
    {
        // Agent at (3, 4) facing up in a 7×6 room; a closed blue door at (3, 2) right in front two cells away, a
        // green ball next to the agent on its left at (2, 4); the agent carries a red key.
        Stepper s = HandBuilt.Start(7, 6, b =>
        {
            b.Put(GridCell.Door(GridColor.Blue, DoorState.Closed), 3, 2);
            b.Put(GridCell.Ball(GridColor.Green), 2, 3);
            b.Put(GridCell.Key(GridColor.Red), 3, 3);
            b.SetAgent(0, 3, 4, 3);
        });
        s.Do(GridAction.Pickup);
        Assert.Equal((5, 0, 0), s.ViewCell(3, 6));      // the carried red key shows at the agent's cell
        Assert.Equal((1, 0, 0), s.ViewCell(3, 5));      // the key's cell is now empty
        Assert.Equal((4, 2, 1), s.ViewCell(3, 4));      // closed blue door
        Assert.Equal((6, 1, 0), s.ViewCell(2, 5));      // green ball front-left
        Assert.Equal((2, 5, 0), s.ViewCell(3, 2));      // the top wall behind the door, seen past its sides
        Assert.Equal((0, 0, 0), s.ViewCell(3, 0));      // beyond the grid's top wall: unseen
        Assert.Equal(3f, s.Observation()[^1]);          // direction up
    }

    [Fact]
    public void Agents_block_each_other_and_see_each_other_as_agents()
    {
        Stepper s = HandBuilt.Start(7, 5, b =>
        {
            b.SetAgent(0, 1, 2, 0);
            b.SetAgent(1, 2, 2, 1);
        }, agents: 2);
        s.Joint(GridAction.Forward, GridAction.Done);
        Assert.Equal(1, s.Env.AgentX(0));
        Assert.Equal((10, 1, 1), s.ViewCell(3, 5, agent: 0)); // agent 1 (colour index 1), facing down
        var state = new float[s.Env.StateSize];
        s.Env.WriteState(state);
        int h = s.Env.Grid.Height;
        Assert.Equal([10f, 0f, 0f], state.AsSpan(((1 * h) + 2) * 3, 3).ToArray());
        Assert.Equal([10f, 1f, 1f], state.AsSpan(((2 * h) + 2) * 3, 3).ToArray());
    }

    [Fact]
    public void One_agent_reaching_the_goal_ends_the_episode_for_all_and_only_it_is_rewarded()
    {
        Stepper s = HandBuilt.Start(7, 5, b =>
        {
            b.Put(GridCell.Goal, 5, 2);
            b.SetAgent(0, 4, 2, 0);
            b.SetAgent(1, 1, 1, 0);
        }, agents: 2);
        s.Joint(GridAction.Forward, GridAction.Forward);
        Assert.Equal([true, true], s.Terminated);
        Assert.True(s.Rewards[0] > 0.9f);
        Assert.Equal(0f, s.Rewards[1]);
    }
}
