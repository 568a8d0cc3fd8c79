namespace Agora.Core.Environments.GridWorld;

/// <summary>MiniGrid's <c>FourRooms</c>: a 19×19 grid split into four rooms by walls with one random gap each.</summary>
/// <remarks>
/// As MiniGrid's <c>FourRoomsEnv._gen_grid</c> (Sutton, Precup &amp; Singh 1999's four-rooms domain): outer walls; with
/// rooms of 9×9, for each room (i, j) in row-major order a vertical wall at its right edge with a gap at a random row
/// of the room, and a horizontal wall at its bottom edge with a gap at a random column, for the walls inside the grid;
/// then the agent on a random free cell facing a random direction and the goal on another random free cell.
/// <c>max_steps = 100</c>. The draws come from Agora's generator, so layouts follow MiniGrid's distribution, not its
/// exact sequence.
/// </remarks>
public sealed class FourRoomsTask : GridTask
{
    private const int Size = 19;

    /// <inheritdoc />
    public override string Id => "FourRooms";

    /// <inheritdoc />
    public override int Width => Size;

    /// <inheritdoc />
    public override int Height => Size;

    /// <inheritdoc />
    public override int MaxSteps => 100;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var grid = builder.Grid;
        grid.WallRect(0, 0, Size, Size);
        const int room = Size / 2;
        for (int j = 0; j < 2; j++)
        {
            for (int i = 0; i < 2; i++)
            {
                int left = i * room, top = j * room, right = left + room, bottom = top + room;
                if (i + 1 < 2)
                {
                    grid.VerticalWall(right, top, room);
                    builder.Put(GridCell.Empty, right, builder.RandInt(top + 1, bottom));
                }

                if (j + 1 < 2)
                {
                    grid.HorizontalWall(left, bottom, room);
                    builder.Put(GridCell.Empty, builder.RandInt(left + 1, right), bottom);
                }
            }
        }

        builder.PlaceAgents(0, 0, Size, Size);
        builder.PlaceObject(GridCell.Goal, 0, 0, Size, Size);
    }
}
