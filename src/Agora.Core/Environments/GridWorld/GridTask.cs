namespace Agora.Core.Environments.GridWorld;

/// <summary>A family of levels: a grid size, a step limit and a seeded generator, MiniGrid's <c>_gen_grid</c>.</summary>
/// <remarks>
/// A task whose generator sets <see cref="GridLayoutBuilder.Target"/> is a pick-up task (success = picking up that
/// object, as KeyCorridor); otherwise success is stepping on a goal. Either way the successful agent gets MiniGrid's
/// reward <c>1 − 0.9 · step / MaxSteps</c>.
/// <threadsafety>Tasks are immutable and may be shared between environments and threads.</threadsafety>
/// </remarks>
public abstract class GridTask
{
    /// <summary>A short id such as <c>DoorKey-8x8</c>, used in env ids and tables.</summary>
    public abstract string Id { get; }

    /// <summary>Grid columns (the same for every level of the task).</summary>
    public abstract int Width { get; }

    /// <summary>Grid rows (the same for every level of the task).</summary>
    public abstract int Height { get; }

    /// <summary>Steps after which an episode is truncated.</summary>
    public abstract int MaxSteps { get; }

    /// <summary>Whether the egocentric view ignores occlusion (MiniGrid's <c>see_through_walls</c>; true for Empty, false by default).</summary>
    public virtual bool SeeThroughWalls => false;

    /// <summary>Generates one level from <paramref name="seed"/> for <paramref name="numAgents"/> agents.</summary>
    /// <param name="seed">The layout seed: the same seed always gives the same layout.</param>
    /// <param name="numAgents">Agents to place.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="GridGenerationException">The generator cannot produce a level with these settings.</exception>
    public GridLayout CreateLayout(ulong seed, int numAgents = 1)
    {
        var builder = new GridLayoutBuilder(Width, Height, numAgents, seed);
        Generate(builder);
        return builder.Build();
    }

    /// <summary>Draws a level.</summary>
    /// <param name="builder">The grid, the agents and the generator.</param>
    protected abstract void Generate(GridLayoutBuilder builder);
}
