namespace Agora.Core.Environments.GridWorld;

/// <summary>MiniGrid's <c>MultiRoom-Nn-Ss</c>: a chain of rooms joined by closed doors, the goal in the last room.</summary>
/// <remarks>
/// <para>
/// As MiniGrid's <c>MultiRoomEnv</c>: draw a room count in [minRooms, maxRooms]; from a random entry point, place rooms
/// of random size in [4, maxRoomSize] recursively, each entered through a door on the wall opposite its parent's exit,
/// retrying up to eight exits per room and keeping the longest chain; repeat until a chain has the drawn count. Doors
/// are closed, each a random colour different from the previous door's. The agent starts on a random cell of the
/// first room with a random direction, the goal on a random cell of the last. <c>max_steps = 20·maxRooms</c>.
/// MiniGrid's bounds check (<c>top + size &gt; width</c> for x but <c>&gt;=</c> for y) is kept as is.
/// </para>
/// <para>
/// MiniGrid loops forever when the rooms cannot fit; here a chain that is still too short after
/// <see cref="MaxChainAttempts"/> attempts raises <see cref="GridGenerationException"/>.
/// </para>
/// </remarks>
public sealed class MultiRoomTask : GridTask
{
    /// <summary>How many chains are tried before the configuration is declared impossible.</summary>
    public const int MaxChainAttempts = 2000;

    private readonly int _minRooms;
    private readonly int _maxRooms;
    private readonly int _maxRoomSize;
    private readonly int _size;

    /// <summary>Creates the task.</summary>
    /// <param name="minRooms">Fewest rooms; at least 1.</param>
    /// <param name="maxRooms">Most rooms; at least <paramref name="minRooms"/>.</param>
    /// <param name="maxRoomSize">Largest room side including walls; at least 4.</param>
    /// <param name="size">Grid side; MiniGrid uses 25.</param>
    public MultiRoomTask(int minRooms, int maxRooms, int maxRoomSize = 10, int size = 25)
    {
        if (minRooms < 1 || maxRooms < minRooms)
        {
            throw new ArgumentOutOfRangeException(nameof(minRooms), $"MultiRoom needs 1 ≤ minRooms ≤ maxRooms; got {minRooms} and {maxRooms}.");
        }

        if (maxRoomSize < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(maxRoomSize), $"MultiRoom rooms are at least 4 cells wide, so maxRoomSize must be at least 4; got {maxRoomSize}.");
        }

        if (size < 5)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"MultiRoom needs a grid of at least 5×5 to fit one 4×4 room; got {size}.");
        }

        // Rooms of side ≥ 4 sharing walls along a chain: n rooms need at least 3n + 1 cells along one axis or
        // 16 + 12(n − 1) cells of area; refuse what cannot possibly fit before trying.
        if ((12 * (minRooms - 1)) + 16 > size * size)
        {
            throw new ArgumentException($"{minRooms} rooms of at least 4×4 cannot fit a {size}×{size} grid.", nameof(minRooms));
        }

        _minRooms = minRooms;
        _maxRooms = maxRooms;
        _maxRoomSize = maxRoomSize;
        _size = size;
    }

    /// <inheritdoc />
    public override string Id => _size == 25 && _minRooms == _maxRooms
        ? $"MultiRoom-N{_maxRooms}-S{_maxRoomSize}"
        : $"MultiRoom-N{_minRooms}to{_maxRooms}-S{_maxRoomSize}-G{_size}";

    /// <inheritdoc />
    public override int Width => _size;

    /// <inheritdoc />
    public override int Height => _size;

    /// <inheritdoc />
    public override int MaxSteps => 20 * _maxRooms;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        int numRooms = builder.RandInt(_minRooms, _maxRooms + 1);
        var rooms = new List<Room>();
        for (int attempt = 0; rooms.Count < numRooms; attempt++)
        {
            if (attempt >= MaxChainAttempts)
            {
                throw new GridGenerationException($"Could not chain {numRooms} rooms of side 4–{_maxRoomSize} in a {_size}×{_size} grid after {MaxChainAttempts} attempts; the rooms do not fit.");
            }

            var current = new List<Room>();
            int ex = builder.RandInt(0, _size - 2);
            int ey = builder.RandInt(0, _size - 2);
            PlaceRoom(builder, numRooms, current, 4, _maxRoomSize, 2, ex, ey);
            if (current.Count > rooms.Count)
            {
                rooms = current;
            }
        }

        GridColor? previousColor = null;
        Span<GridColor> choices = stackalloc GridColor[6];
        for (int idx = 0; idx < rooms.Count; idx++)
        {
            Room room = rooms[idx];
            builder.Grid.WallRect(room.X, room.Y, room.W, room.H);
            if (idx > 0)
            {
                int n = 0;
                foreach (GridColor c in GridLayoutBuilder.ColorsByName)
                {
                    if (c != previousColor)
                    {
                        choices[n++] = c;
                    }
                }

                GridColor color = choices[builder.RandInt(0, n)];
                builder.Put(GridCell.Door(color, DoorState.Closed), room.EntryX, room.EntryY);
                previousColor = color;
            }
        }

        Room first = rooms[0];
        Room last = rooms[^1];
        builder.PlaceAgents(first.X, first.Y, first.W, first.H);
        builder.PlaceObject(GridCell.Goal, last.X, last.Y, last.W, last.H);
    }

    private bool PlaceRoom(GridLayoutBuilder b, int numLeft, List<Room> rooms, int minSize, int maxSize, int entryWall, int entryX, int entryY)
    {
        int w = b.RandInt(minSize, maxSize + 1);
        int h = b.RandInt(minSize, maxSize + 1);
        int x;
        int y;
        if (rooms.Count == 0)
        {
            (x, y) = (entryX, entryY);
        }
        else if (entryWall == 0)
        {
            x = entryX - w + 1;
            y = b.RandInt(entryY - h + 2, entryY);
        }
        else if (entryWall == 1)
        {
            x = b.RandInt(entryX - w + 2, entryX);
            y = entryY - h + 1;
        }
        else if (entryWall == 2)
        {
            x = entryX;
            y = b.RandInt(entryY - h + 2, entryY);
        }
        else
        {
            x = b.RandInt(entryX - w + 2, entryX);
            y = entryY;
        }

        if (x < 0 || y < 0 || x + w > _size || y + h >= _size)
        {
            return false;
        }

        for (int r = 0; r < rooms.Count - 1; r++)
        {
            Room o = rooms[r];
            bool apart = x + w < o.X || o.X + o.W <= x || y + h < o.Y || o.Y + o.H <= y;
            if (!apart)
            {
                return false;
            }
        }

        rooms.Add(new Room(x, y, w, h, entryX, entryY));
        if (numLeft == 1)
        {
            return true;
        }

        Span<int> walls = stackalloc int[3];
        for (int i = 0; i < 8; i++)
        {
            int n = 0;
            for (int k = 0; k < 4; k++)
            {
                if (k != entryWall)
                {
                    walls[n++] = k;
                }
            }

            int exitWall = walls[b.RandInt(0, 3)];
            (int dx, int dy) = exitWall switch
            {
                0 => (x + w - 1, y + b.RandInt(1, h - 1)),
                1 => (x + b.RandInt(1, w - 1), y + h - 1),
                2 => (x, y + b.RandInt(1, h - 1)),
                _ => (x + b.RandInt(1, w - 1), y),
            };
            if (PlaceRoom(b, numLeft - 1, rooms, minSize, maxSize, (exitWall + 2) % 4, dx, dy))
            {
                break;
            }
        }

        return true;
    }

    private readonly record struct Room(int X, int Y, int W, int H, int EntryX, int EntryY);
}
