namespace Agora.Core.Environments.GridWorld;

/// <summary>
/// MiniGrid's <c>RoomGrid</c> layer over a <see cref="GridLayoutBuilder"/>: a lattice of square rooms sharing walls,
/// with door positions drawn per wall, and its helpers (<c>add_door</c>, <c>remove_wall</c>, <c>add_object</c>,
/// <c>place_agent</c>, <c>connect_all</c>).
/// </summary>
/// <remarks>
/// Room (i, j) is column i, row j; wall indices are 0 right, 1 down, 2 left, 3 up. As in MiniGrid, agent 0 stands
/// in the middle room, facing right, until <see cref="PlaceAgents"/> moves it, and objects are never placed next to it.
/// </remarks>
public sealed class RoomGridBuilder
{
    private readonly GridLayoutBuilder _b;
    private readonly RoomInfo[,] _rooms;

    /// <summary>Draws the room walls and door positions.</summary>
    /// <param name="builder">The level builder; its grid must be <c>(roomSize−1)·cols+1</c> by <c>(roomSize−1)·rows+1</c>.</param>
    /// <param name="roomSize">Room side including walls; at least 3.</param>
    /// <param name="rows">Room rows.</param>
    /// <param name="cols">Room columns.</param>
    public RoomGridBuilder(GridLayoutBuilder builder, int roomSize, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(builder);
        _b = builder;
        RoomSize = roomSize;
        Rows = rows;
        Cols = cols;
        _rooms = new RoomInfo[cols, rows];
        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < cols; i++)
            {
                var room = new RoomInfo(i * (roomSize - 1), j * (roomSize - 1), roomSize);
                _rooms[i, j] = room;
                builder.Grid.WallRect(room.X, room.Y, roomSize, roomSize);
            }
        }

        for (int j = 0; j < rows; j++)
        {
            for (int i = 0; i < cols; i++)
            {
                RoomInfo room = _rooms[i, j];
                int xl = room.X + 1;
                int yl = room.Y + 1;
                int xm = room.X + roomSize - 1;
                int ym = room.Y + roomSize - 1;
                if (i < cols - 1)
                {
                    room.Neighbors[0] = _rooms[i + 1, j];
                    room.DoorPos[0] = (xm, builder.RandInt(yl, ym));
                }

                if (j < rows - 1)
                {
                    room.Neighbors[1] = _rooms[i, j + 1];
                    room.DoorPos[1] = (builder.RandInt(xl, xm), ym);
                }

                if (i > 0)
                {
                    room.Neighbors[2] = _rooms[i - 1, j];
                    room.DoorPos[2] = room.Neighbors[2]!.DoorPos[0];
                }

                if (j > 0)
                {
                    room.Neighbors[3] = _rooms[i, j - 1];
                    room.DoorPos[3] = room.Neighbors[3]!.DoorPos[1];
                }
            }
        }

        builder.SetAgent(0, ((cols / 2) * (roomSize - 1)) + (roomSize / 2), ((rows / 2) * (roomSize - 1)) + (roomSize / 2), 0);
    }

    /// <summary>Room side including walls.</summary>
    public int RoomSize { get; }

    /// <summary>Room rows.</summary>
    public int Rows { get; }

    /// <summary>Room columns.</summary>
    public int Cols { get; }

    /// <summary>Removes the wall between room (i, j) and its neighbour across <paramref name="wall"/>, as <c>remove_wall</c>.</summary>
    /// <param name="i">Room column.</param>
    /// <param name="j">Room row.</param>
    /// <param name="wall">0 right, 1 down, 2 left, 3 up.</param>
    public void RemoveWall(int i, int j, int wall)
    {
        RoomInfo room = _rooms[i, j];
        RoomInfo neighbor = room.Neighbors[wall] ?? throw new GridGenerationException($"Room ({i}, {j}) has no neighbour across wall {wall}.");
        int s = RoomSize;
        for (int k = 1; k < s - 1; k++)
        {
            (int x, int y) = wall switch
            {
                0 => (room.X + s - 1, room.Y + k),
                1 => (room.X + k, room.Y + s - 1),
                2 => (room.X, room.Y + k),
                _ => (room.X + k, room.Y),
            };
            _b.Grid[x, y] = GridCell.Empty;
        }

        room.Connected[wall] = true;
        neighbor.Connected[(wall + 2) % 4] = true;
    }

    /// <summary>Adds a door on a wall of room (i, j), as <c>add_door</c>.</summary>
    /// <param name="i">Room column.</param>
    /// <param name="j">Room row.</param>
    /// <param name="wall">The wall, or null for a random wall with a neighbour and no door yet.</param>
    /// <param name="color">The colour, or null for a random one.</param>
    /// <param name="locked">Whether locked, or null for a coin flip.</param>
    /// <returns>The door and its position.</returns>
    public (GridCell Door, int X, int Y) AddDoor(int i, int j, int? wall = null, GridColor? color = null, bool? locked = null)
    {
        RoomInfo room = _rooms[i, j];
        int w;
        if (wall is int given)
        {
            w = given;
        }
        else
        {
            do
            {
                w = _b.RandInt(0, 4);
            }
            while (room.Neighbors[w] is null || room.Connected[w]);
        }

        GridColor c = color ?? _b.RandColor();
        bool isLocked = locked ?? _b.RandBool();
        if (room.Connected[w])
        {
            throw new GridGenerationException($"Room ({i}, {j}) already has a door on wall {w}.");
        }

        room.Locked = isLocked;
        var door = GridCell.Door(c, isLocked ? DoorState.Locked : DoorState.Closed);
        (int x, int y) = room.DoorPos[w] ?? throw new GridGenerationException($"Room ({i}, {j}) has no door position on wall {w}.");
        _b.Grid[x, y] = door;
        room.Connected[w] = true;
        room.Neighbors[w]!.Connected[(w + 2) % 4] = true;
        return (door, x, y);
    }

    /// <summary>Adds an object to a random cell of room (i, j), not next to agent 0, as <c>add_object</c>.</summary>
    /// <param name="i">Room column.</param>
    /// <param name="j">Room row.</param>
    /// <param name="type">Key, ball or box; null for a random one of the three.</param>
    /// <param name="color">The colour, or null for a random one.</param>
    /// <returns>The object and its position.</returns>
    public (GridCell Object, int X, int Y) AddObject(int i, int j, GridObjectType? type = null, GridColor? color = null)
    {
        GridObjectType t = type ?? (_b.RandInt(0, 3) switch { 0 => GridObjectType.Key, 1 => GridObjectType.Ball, _ => GridObjectType.Box });
        GridColor c = color ?? _b.RandColor();
        var obj = t switch
        {
            GridObjectType.Key => GridCell.Key(c),
            GridObjectType.Ball => GridCell.Ball(c),
            GridObjectType.Box => GridCell.Box(c),
            _ => throw new ArgumentOutOfRangeException(nameof(type), $"add_object takes a key, ball or box; got {t}."),
        };
        RoomInfo room = _rooms[i, j];
        int ax = _b.AgentX(0);
        int ay = _b.AgentY(0);
        (int x, int y) = _b.PlaceObject(obj, room.X, room.Y, RoomSize, RoomSize, (x, y) => Math.Abs(ax - x) + Math.Abs(ay - y) < 2, 1000);
        return (obj, x, y);
    }

    /// <summary>Places every agent in room (i, j), redrawing until the cell in front is empty or a wall, as RoomGrid's <c>place_agent</c>.</summary>
    /// <param name="i">Room column.</param>
    /// <param name="j">Room row.</param>
    public void PlaceAgents(int i, int j)
    {
        RoomInfo room = _rooms[i, j];
        for (int a = 0; a < _b.NumAgents; a++)
        {
            for (int tries = 0; ; tries++)
            {
                if (tries > 1000)
                {
                    throw new GridGenerationException($"No start cell for agent {a} in room ({i}, {j}) faces an empty cell or a wall.");
                }

                _b.PlaceAgent(a, room.X, room.Y, RoomSize, RoomSize);
                (int fx, int fy) = _b.FrontOf(a);
                GridCell front = _b.Grid[fx, fy];
                if (front.IsEmpty || front.Type == GridObjectType.Wall)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Adds unlocked doors between random rooms until every room is reachable from agent 0's room, as <c>connect_all</c>.</summary>
    /// <param name="maxIterations">Draws before giving up.</param>
    public void ConnectAll(int maxIterations = 5000)
    {
        RoomInfo start = _rooms[_b.AgentX(0) / (RoomSize - 1), _b.AgentY(0) / (RoomSize - 1)];
        var reach = new HashSet<RoomInfo>();
        var stack = new Stack<RoomInfo>();
        for (int iteration = 0; ; iteration++)
        {
            if (iteration > maxIterations)
            {
                throw new GridGenerationException("connect_all failed: some rooms stay unreachable.");
            }

            reach.Clear();
            stack.Push(start);
            while (stack.Count > 0)
            {
                RoomInfo r = stack.Pop();
                if (!reach.Add(r))
                {
                    continue;
                }

                for (int k = 0; k < 4; k++)
                {
                    if (r.Connected[k])
                    {
                        stack.Push(r.Neighbors[k]!);
                    }
                }
            }

            if (reach.Count == Rows * Cols)
            {
                return;
            }

            int i = _b.RandInt(0, Cols);
            int j = _b.RandInt(0, Rows);
            int w = _b.RandInt(0, 4);
            RoomInfo room = _rooms[i, j];
            if (room.DoorPos[w] is null || room.Connected[w] || room.Locked || room.Neighbors[w]!.Locked)
            {
                continue;
            }

            AddDoor(i, j, w, GridLayoutBuilder.ColorsByName[_b.RandInt(0, 6)], false);
        }
    }

    private sealed class RoomInfo(int x, int y, int size)
    {
        public int X { get; } = x;

        public int Y { get; } = y;

        public int Size { get; } = size;

        public RoomInfo?[] Neighbors { get; } = new RoomInfo?[4];

        public (int X, int Y)?[] DoorPos { get; } = new (int X, int Y)?[4];

        public bool[] Connected { get; } = new bool[4];

        public bool Locked { get; set; }
    }
}
