namespace Agora.Core.Environments.GridWorld;

/// <summary>The registered gridworld environments: MiniGrid's ids for the faithful tasks, <c>Agora-</c> ids for our own.</summary>
public static class GridWorldRegistry
{
    /// <summary>Every gridworld registration, in listing order (append only).</summary>
    public static IReadOnlyList<EnvRegistration> All { get; } =
    [
        Make("MiniGrid-Empty-8x8-v0", "MiniGrid Empty 8x8: walk to the goal in an empty room.", () => new EmptyTask(8)),
        Make("MiniGrid-DoorKey-5x5-v0", "MiniGrid DoorKey 5x5: pick up the key, unlock the door, reach the goal.", () => new DoorKeyTask(5)),
        Make("MiniGrid-DoorKey-8x8-v0", "MiniGrid DoorKey 8x8: pick up the key, unlock the door, reach the goal.", () => new DoorKeyTask(8)),
        Make("MiniGrid-MultiRoom-N2-S4-v0", "MiniGrid MultiRoom N2-S4: two small rooms joined by a closed door.", () => new MultiRoomTask(2, 2, 4)),
        Make("MiniGrid-MultiRoom-N4-S5-v0", "MiniGrid MultiRoom N4-S5 v0: as in MiniGrid 3.1, six rooms of side up to 5 (legacy id).", () => new MultiRoomTask(6, 6, 5)),
        Make("MiniGrid-MultiRoom-N4-S5-v1", "MiniGrid MultiRoom N4-S5 v1: four rooms of side up to 5 in a chain of closed doors.", () => new MultiRoomTask(4, 4, 5)),
        Make("MiniGrid-MultiRoom-N6-v0", "MiniGrid MultiRoom N6: six rooms in a chain of closed doors.", () => new MultiRoomTask(6, 6, 10)),
        Make("MiniGrid-KeyCorridorS3R1-v0", "MiniGrid KeyCorridor S3R1: find the key, unlock the side room, pick up the ball.", () => new KeyCorridorTask(1, 3)),
        Make("MiniGrid-KeyCorridorS3R3-v0", "MiniGrid KeyCorridor S3R3: find the key, unlock the side room, pick up the ball.", () => new KeyCorridorTask(3, 3)),
        Make("MiniGrid-KeyCorridorS6R3-v0", "MiniGrid KeyCorridor S6R3: find the key, unlock the side room, pick up the ball.", () => new KeyCorridorTask(3, 6)),
        Make("Agora-CorridorKey-R3-L4-v0", "MiniHack-like corridor with key: key in the start room, winding corridor, locked goal room.", () => new CorridorKeyTask(3, 4)),
        Make("Agora-MultiRoom-Lite-v0", "Henaff et al.'s MultiRoom-lite: three rooms in an 11x11 grid, 100 steps, 5x5 view.", () => new MultiRoomTask(3, 3, 5, 11), new GridWorldOptions { ViewSize = 5, MaxSteps = 100 }),
        Make("Agora-DoorKey-8x8-2Agents-v0", "DoorKey 8x8 with two agents in one grid (either reaching the goal ends the episode).", () => new DoorKeyTask(8), new GridWorldOptions { NumAgents = 2 }),
        Make("MiniGrid-Empty-5x5-v0", "MiniGrid Empty 5x5: walk to the goal in an empty room.", () => new EmptyTask(5)),
        Make("MiniGrid-Empty-Random-5x5-v0", "MiniGrid Empty-Random 5x5: the agent starts on a random free cell, facing a random way.", () => new EmptyTask(5, randomStart: true)),
        Make("MiniGrid-Empty-6x6-v0", "MiniGrid Empty 6x6: walk to the goal in an empty room.", () => new EmptyTask(6)),
        Make("MiniGrid-Empty-Random-6x6-v0", "MiniGrid Empty-Random 6x6: the agent starts on a random free cell, facing a random way.", () => new EmptyTask(6, randomStart: true)),
        Make("MiniGrid-Empty-16x16-v0", "MiniGrid Empty 16x16: walk to the goal in an empty room.", () => new EmptyTask(16)),
        Make("MiniGrid-FourRooms-v0", "MiniGrid FourRooms: four 9x9 rooms joined by one gap per wall; random start and goal, 100 steps.", () => new FourRoomsTask()),
    ];

    private static EnvRegistration Make(string name, string description, Func<GridTask> task, GridWorldOptions? options = null) =>
        new(name, description, () => new GridWorldEnv(task(), options));
}
