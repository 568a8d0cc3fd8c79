namespace Agora.Core.Environments.GridWorld;

/// <summary>MiniGrid's <c>Empty-NxN</c>: an empty room, the agent in the top-left corner facing right, the goal in the bottom-right corner.</summary>
/// <remarks>
/// As MiniGrid's <c>EmptyEnv</c> with <c>agent_start_pos=(1, 1)</c>, <c>agent_start_dir=0</c> and
/// <c>max_steps = 4·size²</c>; the view sees through walls, as MiniGrid's Empty does. There is one layout only; further agents (not in MiniGrid) start on random free cells.
/// </remarks>
public sealed class EmptyTask : GridTask
{
    private readonly int _size;

    /// <summary>Creates the task.</summary>
    /// <param name="size">Side of the square grid including walls; at least 4.</param>
    public EmptyTask(int size = 8)
    {
        if (size < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"Empty needs a grid of at least 4×4 (a room with a start and a goal); got size {size}.");
        }

        _size = size;
    }

    /// <inheritdoc />
    public override string Id => $"Empty-{_size}x{_size}";

    /// <inheritdoc />
    public override int Width => _size;

    /// <inheritdoc />
    public override int Height => _size;

    /// <inheritdoc />
    public override int MaxSteps => 4 * _size * _size;

    /// <inheritdoc />
    /// <remarks>MiniGrid's <c>EmptyEnv</c> passes <c>see_through_walls=True</c>.</remarks>
    public override bool SeeThroughWalls => true;

    /// <inheritdoc />
    protected override void Generate(GridLayoutBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Grid.WallRect(0, 0, _size, _size);
        builder.Put(GridCell.Goal, _size - 2, _size - 2);
        builder.SetAgent(0, 1, 1, 0);
        for (int a = 1; a < builder.NumAgents; a++)
        {
            builder.PlaceAgent(a, 0, 0, _size, _size);
        }
    }
}
