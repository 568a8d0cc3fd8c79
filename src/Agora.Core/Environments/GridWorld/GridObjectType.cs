namespace Agora.Core.Environments.GridWorld;

/// <summary>What occupies a grid cell, numbered exactly as MiniGrid's <c>OBJECT_TO_IDX</c>, so encodings match.</summary>
public enum GridObjectType : byte
{
    /// <summary>A cell outside the agent's visible area (observations only).</summary>
    Unseen = 0,

    /// <summary>An empty floor cell.</summary>
    Empty = 1,

    /// <summary>A wall: blocks movement and sight.</summary>
    Wall = 2,

    /// <summary>A coloured floor tile: can be walked on.</summary>
    Floor = 3,

    /// <summary>A door, open, closed or locked (see <see cref="DoorState"/>); a closed door blocks sight.</summary>
    Door = 4,

    /// <summary>A key: can be picked up; opens a locked door of its colour.</summary>
    Key = 5,

    /// <summary>A ball: can be picked up.</summary>
    Ball = 6,

    /// <summary>A box: can be picked up; toggling it replaces it with its contents.</summary>
    Box = 7,

    /// <summary>The goal: stepping on it ends the episode with a reward.</summary>
    Goal = 8,

    /// <summary>Lava: stepping on it ends the episode with no reward.</summary>
    Lava = 9,

    /// <summary>An agent (full-state encoding and other agents in a view).</summary>
    Agent = 10,
}

/// <summary>Object colours, numbered as MiniGrid's <c>COLOR_TO_IDX</c>.</summary>
public enum GridColor : byte
{
    /// <summary>Red.</summary>
    Red = 0,

    /// <summary>Green.</summary>
    Green = 1,

    /// <summary>Blue.</summary>
    Blue = 2,

    /// <summary>Purple.</summary>
    Purple = 3,

    /// <summary>Yellow.</summary>
    Yellow = 4,

    /// <summary>Grey.</summary>
    Grey = 5,
}

/// <summary>A door's state, numbered as MiniGrid's <c>STATE_TO_IDX</c> (the third channel of the encoding).</summary>
public enum DoorState : byte
{
    /// <summary>Open: can be walked through and seen through.</summary>
    Open = 0,

    /// <summary>Closed: toggle to open.</summary>
    Closed = 1,

    /// <summary>Locked: toggle while carrying a key of the door's colour to open.</summary>
    Locked = 2,
}

/// <summary>MiniGrid's seven actions, with its indices.</summary>
public enum GridAction
{
    /// <summary>Turn left (counter-clockwise).</summary>
    Left = 0,

    /// <summary>Turn right (clockwise).</summary>
    Right = 1,

    /// <summary>Move one cell forward if the cell can be entered.</summary>
    Forward = 2,

    /// <summary>Pick up the key, ball or box in front, if the hands are empty.</summary>
    Pickup = 3,

    /// <summary>Drop the carried object on the empty cell in front.</summary>
    Drop = 4,

    /// <summary>Open/close the door in front (unlock with the right key) or open the box in front.</summary>
    Toggle = 5,

    /// <summary>Do nothing (MiniGrid's "done", unused by its tasks).</summary>
    Done = 6,
}
