namespace Agora.Core.Environments.GridWorld;

/// <summary>MiniGrid's <c>KeyCorridorSsRr</c>: find the key in a side room, unlock the room holding the ball, pick the ball up.</summary>
/// <remarks>
/// As MiniGrid's <c>KeyCorridorEnv</c> on a RoomGrid of 3 columns: the middle column is opened into a hallway, a locked
/// door in the left wall of a random room of the right column shuts in a ball, a key of the door's colour lies in a
/// random room of the left column, the agent starts in the middle room and <c>connect_all</c> adds doors
/// until every room is reachable. Success is picking up the ball; <c>max_steps = 30·roomSize²</c>.
/// </remarks>
public sealed class KeyCorridorTask : GridTask
{
    private readonly int _rows;
    private readonly int _roomSize;

    /// <summary>Creates the task.</summary>
    /// <param name="rows">Room rows (MiniGrid's R); at least 1.</param>
    /// <param name="roomSize">Room side including walls (MiniGrid's S); at least 3.</param>
    public KeyCorridorTask(int rows = 3, int roomSize = 6)
    {
        if (rows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"KeyCorridor needs at least one row of rooms; got {rows}.");
        }

        if (roomSize < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(roomSize), $"KeyCorridor rooms must be at least 3 cells wide to hold anything; got room size {roomSize}.");
        }

        _rows = rows;
        _roomSize = roomSize;
    }

    /// <inheritdoc />
    public override string Id => $"KeyCorridorS{_roomSize}R{_rows}";

    /// <inheritdoc />
    public override int Width => ((_roomSize - 1) * 3) + 1;

    /// <inheritdoc />
    public override int Height => ((_roomSize - 1) * _rows) + 1;

    /// <inheritdoc />
    public override int MaxSteps => 30 * _roomSize * _roomSize;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var rooms = new RoomGridBuilder(builder, _roomSize, _rows, 3);
        for (int j = 1; j < _rows; j++)
        {
            rooms.RemoveWall(1, j, 3);
        }

        int roomIndex = builder.RandInt(0, _rows);
        (GridCell door, _, _) = rooms.AddDoor(2, roomIndex, 2, locked: true);
        (GridCell ball, _, _) = rooms.AddObject(2, roomIndex, GridObjectType.Ball);
        rooms.AddObject(0, builder.RandInt(0, _rows), GridObjectType.Key, door.Color);
        rooms.PlaceAgents(1, _rows / 2);
        rooms.ConnectAll();
        builder.Target = ball;
    }
}
