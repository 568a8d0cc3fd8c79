namespace Agora.Core.Environments.GridWorld;

/// <summary>
/// A MiniHack-like "corridor with key" family (Agora's own, after MiniHack's KeyRoom and Corridor tasks): a start room
/// holding the agent and a key, a winding one-cell corridor, and a locked door into a goal room.
/// </summary>
/// <remarks>
/// Layout, left to right: a start room of <c>roomSize × roomSize</c> free cells, a block of rock <c>length</c> cells
/// wide pierced by a corridor, and a goal room of the same size. The corridor leaves the start room's right wall at a
/// random row, runs right to a random bend column, turns up or down to another random row and runs right to a locked
/// door of random colour in the goal room's left wall. The key (the door's colour) and the agents lie on random cells of
/// the start room, the goal on a random cell of the goal room. Grid <c>(2·roomSize + length + 4) × (roomSize + 2)</c>;
/// <c>max_steps = 4 · width · height</c>. With several contexts the corridor's shape is what changes between levels.
/// </remarks>
public sealed class CorridorKeyTask : GridTask
{
    private readonly int _roomSize;
    private readonly int _length;

    /// <summary>Creates the task.</summary>
    /// <param name="roomSize">Free cells along each side of both rooms; at least 2.</param>
    /// <param name="length">Cells of rock the corridor crosses; at least 1.</param>
    public CorridorKeyTask(int roomSize = 3, int length = 4)
    {
        if (roomSize < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(roomSize), $"CorridorKey rooms need at least 2×2 free cells (agent and key); got room size {roomSize}.");
        }

        if (length < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"CorridorKey's corridor must be at least 1 cell long; got {length}.");
        }

        _roomSize = roomSize;
        _length = length;
    }

    /// <inheritdoc />
    public override string Id => $"CorridorKey-R{_roomSize}-L{_length}";

    /// <inheritdoc />
    public override int Width => (2 * _roomSize) + _length + 4;

    /// <inheritdoc />
    public override int Height => _roomSize + 2;

    /// <inheritdoc />
    public override int MaxSteps => 4 * Width * Height;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Grid g = builder.Grid;
        int r = _roomSize;
        int exitWall = r + 1;
        int doorX = r + 2 + _length;
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                g[x, y] = GridCell.Wall;
            }
        }

        Carve(g, 1, 1, r, r);
        Carve(g, doorX + 1, 1, r, r);
        int y1 = builder.RandInt(1, r + 1);
        int y2 = builder.RandInt(1, r + 1);
        int bend = builder.RandInt(exitWall + 1, doorX);
        for (int x = exitWall; x <= bend; x++)
        {
            g[x, y1] = GridCell.Empty;
        }

        for (int y = Math.Min(y1, y2); y <= Math.Max(y1, y2); y++)
        {
            g[bend, y] = GridCell.Empty;
        }

        for (int x = bend; x < doorX; x++)
        {
            g[x, y2] = GridCell.Empty;
        }

        GridColor color = builder.RandColor();
        g[doorX, y2] = GridCell.Door(color, DoorState.Locked);
        builder.PlaceAgents(1, 1, r, r);
        builder.PlaceObject(GridCell.Key(color), 1, 1, r, r);
        builder.PlaceObject(GridCell.Goal, doorX + 1, 1, r, r);
    }

    private static void Carve(Grid g, int left, int top, int width, int height)
    {
        for (int y = top; y < top + height; y++)
        {
            for (int x = left; x < left + width; x++)
            {
                g[x, y] = GridCell.Empty;
            }
        }
    }
}
