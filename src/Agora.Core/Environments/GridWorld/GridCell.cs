namespace Agora.Core.Environments.GridWorld;

/// <summary>The contents of one cell: an object with a colour and a state, plus what a box holds.</summary>
/// <remarks>
/// A value type of five bytes so that a grid is one flat array and copying a layout is a block copy. An empty cell is
/// <see cref="GridObjectType.Empty"/> (MiniGrid's <c>None</c>). <see cref="State"/> is the door state for doors and 0
/// otherwise; a box's contents are stored inline as <see cref="InnerType"/> and <see cref="InnerColor"/>
/// (<see cref="GridObjectType.Empty"/> for an empty box).
/// </remarks>
/// <param name="Type">The object.</param>
/// <param name="Color">Its colour.</param>
/// <param name="State">The door state, 0 for other objects.</param>
/// <param name="InnerType">What a box contains.</param>
/// <param name="InnerColor">The colour of what a box contains.</param>
public readonly record struct GridCell(GridObjectType Type, GridColor Color = GridColor.Red, byte State = 0, GridObjectType InnerType = GridObjectType.Empty, GridColor InnerColor = GridColor.Red)
{
    /// <summary>An empty cell.</summary>
    public static GridCell Empty => new(GridObjectType.Empty);

    /// <summary>A grey wall, as MiniGrid's <c>Wall()</c>.</summary>
    public static GridCell Wall => new(GridObjectType.Wall, GridColor.Grey);

    /// <summary>A green goal, as MiniGrid's <c>Goal()</c>.</summary>
    public static GridCell Goal => new(GridObjectType.Goal, GridColor.Green);

    /// <summary>Red lava, as MiniGrid's <c>Lava()</c>.</summary>
    public static GridCell Lava => new(GridObjectType.Lava, GridColor.Red);

    /// <summary>Whether the cell holds nothing.</summary>
    public bool IsEmpty => Type == GridObjectType.Empty;

    /// <summary>Whether an agent may stand on it (MiniGrid's <c>can_overlap</c>): empty, floor, goal, lava, open door.</summary>
    public bool CanOverlap => Type switch
    {
        GridObjectType.Empty or GridObjectType.Floor or GridObjectType.Goal or GridObjectType.Lava => true,
        GridObjectType.Door => State == (byte)DoorState.Open,
        _ => false,
    };

    /// <summary>Whether it can be picked up: keys, balls and boxes.</summary>
    public bool CanPickUp => Type is GridObjectType.Key or GridObjectType.Ball or GridObjectType.Box;

    /// <summary>Whether sight passes through it (MiniGrid's <c>see_behind</c>): all but walls and closed or locked doors.</summary>
    public bool SeeBehind => Type switch
    {
        GridObjectType.Wall => false,
        GridObjectType.Door => State == (byte)DoorState.Open,
        _ => true,
    };

    /// <summary>A door.</summary>
    /// <param name="color">Its colour.</param>
    /// <param name="state">Open, closed or locked.</param>
    /// <returns>The cell.</returns>
    public static GridCell Door(GridColor color, DoorState state) => new(GridObjectType.Door, color, (byte)state);

    /// <summary>A key.</summary>
    /// <param name="color">Its colour.</param>
    /// <returns>The cell.</returns>
    public static GridCell Key(GridColor color) => new(GridObjectType.Key, color);

    /// <summary>A ball.</summary>
    /// <param name="color">Its colour.</param>
    /// <returns>The cell.</returns>
    public static GridCell Ball(GridColor color) => new(GridObjectType.Ball, color);

    /// <summary>A box, empty or holding one object.</summary>
    /// <param name="color">Its colour.</param>
    /// <param name="contents">What it holds; <see cref="Empty"/> for nothing.</param>
    /// <returns>The cell.</returns>
    public static GridCell Box(GridColor color, GridCell contents = default) =>
        new(GridObjectType.Box, color, 0, contents.Type == GridObjectType.Unseen ? GridObjectType.Empty : contents.Type, contents.Color);

    /// <summary>A coloured floor tile.</summary>
    /// <param name="color">Its colour (MiniGrid's default is blue).</param>
    /// <returns>The cell.</returns>
    public static GridCell Floor(GridColor color = GridColor.Blue) => new(GridObjectType.Floor, color);
}
