namespace Agora.Core.Environments.GridWorld;

/// <summary>MiniGrid's <c>DoorKey-NxN</c>: fetch the key, unlock the door in the dividing wall, reach the goal.</summary>
/// <remarks>
/// As MiniGrid's <c>DoorKeyEnv._gen_grid</c>: outer walls, the goal at (size−2, size−2), a vertical wall at a random
/// column <c>split ∈ [2, size−2)</c>, the agent on a random free cell left of it with a random direction, a locked
/// yellow door at a random row <c>∈ [1, size−2)</c> of the wall, and a yellow key on a random free cell left of the
/// wall. <c>max_steps = 10·size²</c>.
/// </remarks>
public sealed class DoorKeyTask : GridTask
{
    private readonly int _size;

    /// <summary>Creates the task.</summary>
    /// <param name="size">Side of the square grid including walls; at least 5 (MiniGrid's smallest is 5×5).</param>
    public DoorKeyTask(int size = 8)
    {
        if (size < 5)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"DoorKey needs a grid of at least 5×5 to fit two rooms and a door; got size {size}.");
        }

        _size = size;
    }

    /// <inheritdoc />
    public override string Id => $"DoorKey-{_size}x{_size}";

    /// <inheritdoc />
    public override int Width => _size;

    /// <inheritdoc />
    public override int Height => _size;

    /// <inheritdoc />
    public override int MaxSteps => 10 * _size * _size;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        int w = _size;
        int h = _size;
        builder.Grid.WallRect(0, 0, w, h);
        builder.Put(GridCell.Goal, w - 2, h - 2);
        int split = builder.RandInt(2, w - 2);
        builder.Grid.VerticalWall(split, 0);
        builder.PlaceAgents(0, 0, split, h);
        int doorRow = builder.RandInt(1, w - 2);
        builder.Put(GridCell.Door(GridColor.Yellow, DoorState.Locked), split, doorRow);
        builder.PlaceObject(GridCell.Key(GridColor.Yellow), 0, 0, split, h);
    }
}
