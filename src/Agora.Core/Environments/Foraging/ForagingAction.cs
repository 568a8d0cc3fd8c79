namespace Agora.Core.Environments.Foraging;

/// <summary>The six actions of Level-Based Foraging, numbered as in lb-foraging's <c>Action</c> enum.</summary>
/// <remarks>Coordinates are (row, col) with (0, 0) at the top left: NORTH is row − 1, SOUTH row + 1, WEST col − 1, EAST col + 1.</remarks>
public enum ForagingAction
{
    /// <summary>Stay put.</summary>
    None = 0,

    /// <summary>Move one row up.</summary>
    North = 1,

    /// <summary>Move one row down.</summary>
    South = 2,

    /// <summary>Move one column left.</summary>
    West = 3,

    /// <summary>Move one column right.</summary>
    East = 4,

    /// <summary>Try to pick up an adjacent food together with the other adjacent loaders.</summary>
    Load = 5,
}

/// <summary>What the environment does with an in-range action that is not valid in the current state.</summary>
public enum InvalidActionMode
{
    /// <summary>lb-foraging's behaviour: the action silently becomes <see cref="ForagingAction.None"/>.</summary>
    NoOp,

    /// <summary>Strict: <see cref="ForagingEnv.Step"/> throws <see cref="InvalidOperationException"/>.</summary>
    Throw,
}

/// <summary>The order in which loading players are resolved within a step.</summary>
/// <remarks>
/// lb-foraging pops loaders from a Python <c>set</c> (hash = object id), so a player touching two foods gets an outcome
/// that varies between processes. From <c>reset()</c> no player can touch two foods (foods are ≥ 3 apart), so the order
/// only matters for injected states.
/// </remarks>
public enum LoadOrder
{
    /// <summary>Player-index order: deterministic, and one of the outcomes lb-foraging produces.</summary>
    PlayerIndex,

    /// <summary>A fresh uniformly random order every step, drawn from the environment's generator (models the set-order variation).</summary>
    Random,
}

/// <summary>What each agent observes.</summary>
public enum ForagingObservationMode
{
    /// <summary>lb-foraging's default vector: foods (y, x, level), then self, then the other visible players.</summary>
    Vector,

    /// <summary>
    /// Three (2·sight+1)² layers around the agent (agent levels, food levels, accessibility), layer-major then row-major.
    /// Broken upstream at the pinned commit (the Box shape error); defined here as upstream evidently intended.
    /// </summary>
    Grid,
}
