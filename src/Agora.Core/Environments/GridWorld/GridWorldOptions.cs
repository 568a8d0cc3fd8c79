namespace Agora.Core.Environments.GridWorld;

/// <summary>Settings of a <see cref="GridWorldEnv"/>.</summary>
public sealed record GridWorldOptions
{
    /// <summary>The value of <see cref="Contexts"/> that means "a fresh layout every episode".</summary>
    public const int Unbounded = -1;

    private readonly int _numAgents = 1;
    private readonly int _viewSize = 7;
    private readonly int _contexts = Unbounded;

    /// <summary>Agents sharing the grid; between 1 and 16. The default value is 1 (MiniGrid).</summary>
    public int NumAgents
    {
        get => _numAgents;
        init => _numAgents = value is >= 1 and <= 16 ? value : throw new ArgumentOutOfRangeException(nameof(NumAgents), $"NumAgents must be between 1 and 16; got {value}.");
    }

    /// <summary>Side of the square egocentric view; odd, between 3 and 15. The default value is 7 (MiniGrid's <c>agent_view_size</c>).</summary>
    public int ViewSize
    {
        get => _viewSize;
        init => _viewSize = value is >= 3 and <= 15 && value % 2 == 1 ? value : throw new ArgumentOutOfRangeException(nameof(ViewSize), $"ViewSize must be odd and between 3 and 15; got {value}.");
    }

    /// <summary>
    /// How many distinct layouts episodes are drawn from: a positive count C (each reset picks one of C fixed layouts
    /// uniformly), or <see cref="Unbounded"/> (−1) for a fresh layout from the episode seed every reset. Zero and other
    /// negative values are refused. The default value is <see cref="Unbounded"/>.
    /// </summary>
    public int Contexts
    {
        get => _contexts;
        init => _contexts = value == Unbounded || value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Contexts), $"Contexts must be a positive count of layouts or -1 for unbounded; got {value}.");
    }

    /// <summary>The seed from which the <see cref="Contexts"/> fixed layouts are generated. The default value is 0.</summary>
    public ulong ContextSeed { get; init; }

    /// <summary>Overrides the task's step limit when positive; 0 keeps the task's. The default value is 0.</summary>
    public int MaxSteps
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxSteps), $"MaxSteps must be 0 (the task's) or positive; got {value}.");
    }
}
