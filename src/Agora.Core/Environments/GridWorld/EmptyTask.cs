namespace Agora.Core.Environments.GridWorld;

/// <summary>
/// MiniGrid's <c>Empty-NxN</c>: an empty room, the agent in the top-left corner facing right, the goal in the
/// bottom-right corner; or <c>Empty-Random-NxN</c>, the agent on a random free cell facing a random direction.
/// </summary>
/// <remarks>
/// As MiniGrid's <c>EmptyEnv</c> with <c>agent_start_pos=(1, 1)</c>, <c>agent_start_dir=0</c> (or
/// <c>agent_start_pos=None</c>, which calls <c>place_agent()</c>: a uniformly random empty cell of the whole grid and a
/// uniformly random direction) and <c>max_steps = 4·size²</c>; the view sees through walls, as MiniGrid's Empty does.
/// Further agents (not in MiniGrid) start on random free cells.
/// </remarks>
public sealed class EmptyTask : GridTask
{
    private readonly int _size;
    private readonly bool _randomStart;

    /// <summary>Creates the task.</summary>
    /// <param name="size">Side of the square grid including walls; at least 4.</param>
    /// <param name="randomStart">Whether the agent starts on a random free cell facing a random direction (<c>Empty-Random</c>).</param>
    public EmptyTask(int size = 8, bool randomStart = false)
    {
        _randomStart = randomStart;
        if (size < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"Empty needs a grid of at least 4×4 (a room with a start and a goal); got size {size}.");
        }

        _size = size;
    }

    /// <inheritdoc />
    public override string Id => _randomStart ? $"Empty-Random-{_size}x{_size}" : $"Empty-{_size}x{_size}";

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
        if (_randomStart)
        {
            builder.PlaceAgent(0, 0, 0, _size, _size);
        }
        else
        {
            builder.SetAgent(0, 1, 1, 0);
        }

        for (int a = 1; a < builder.NumAgents; a++)
        {
            builder.PlaceAgent(a, 0, 0, _size, _size);
        }
    }
}
