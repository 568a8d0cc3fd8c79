using Agora.Core.Randomness;

namespace Agora.Core.Environments.GridWorld;

/// <summary>One generated level: the grid, the agents' starting poses and, for pick-up tasks, the target object.</summary>
/// <remarks>Immutable once built; the environment copies it into its working grid on every reset.</remarks>
public sealed class GridLayout
{
    private readonly GridCell[] _cells;
    private readonly int[] _agentX;
    private readonly int[] _agentY;
    private readonly int[] _agentDir;

    /// <summary>Snapshots a grid and agent poses.</summary>
    /// <param name="grid">The grid (copied).</param>
    /// <param name="agentX">Agent columns.</param>
    /// <param name="agentY">Agent rows.</param>
    /// <param name="agentDir">Agent directions (0 right, 1 down, 2 left, 3 up).</param>
    /// <param name="target">The object to pick up in pick-up tasks, or null.</param>
    public GridLayout(Grid grid, ReadOnlySpan<int> agentX, ReadOnlySpan<int> agentY, ReadOnlySpan<int> agentDir, GridCell? target = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (agentX.Length == 0 || agentX.Length != agentY.Length || agentX.Length != agentDir.Length)
        {
            throw new ArgumentException("Every agent needs an x, a y and a direction.", nameof(agentX));
        }

        for (int a = 0; a < agentX.Length; a++)
        {
            if (!grid.InBounds(agentX[a], agentY[a]) || (uint)agentDir[a] > 3)
            {
                throw new ArgumentException($"Agent {a} has an invalid pose ({agentX[a]}, {agentY[a]}, dir {agentDir[a]}).", nameof(agentX));
            }
        }

        Width = grid.Width;
        Height = grid.Height;
        _cells = grid.Cells.ToArray();
        _agentX = agentX.ToArray();
        _agentY = agentY.ToArray();
        _agentDir = agentDir.ToArray();
        Target = target;
        Fingerprint = ComputeFingerprint();
    }

    /// <summary>Columns.</summary>
    public int Width { get; }

    /// <summary>Rows.</summary>
    public int Height { get; }

    /// <summary>The cells, row-major.</summary>
    public ReadOnlySpan<GridCell> Cells => _cells;

    /// <summary>The number of agents.</summary>
    public int NumAgents => _agentX.Length;

    /// <summary>Starting columns.</summary>
    public ReadOnlySpan<int> AgentX => _agentX;

    /// <summary>Starting rows.</summary>
    public ReadOnlySpan<int> AgentY => _agentY;

    /// <summary>Starting directions.</summary>
    public ReadOnlySpan<int> AgentDir => _agentDir;

    /// <summary>The object whose pick-up ends a pick-up task successfully, or null for reach-the-goal tasks.</summary>
    public GridCell? Target { get; }

    /// <summary>A 64-bit hash of the cells and poses: two layouts with the same fingerprint are (almost surely) identical.</summary>
    public ulong Fingerprint { get; }

    /// <summary>The cell at (x, y).</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    public GridCell this[int x, int y] => _cells[(y * Width) + x];

    /// <summary>Copies the cells into a grid of the same size.</summary>
    /// <param name="grid">The destination.</param>
    public void CopyTo(Grid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        _cells.AsSpan().CopyTo(grid.Cells);
    }

    /// <summary>Whether two layouts hold the same cells, poses and target.</summary>
    /// <param name="other">The other layout.</param>
    /// <returns>True when identical.</returns>
    public bool SameAs(GridLayout other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Width == other.Width && Height == other.Height && _cells.AsSpan().SequenceEqual(other._cells)
            && _agentX.AsSpan().SequenceEqual(other._agentX) && _agentY.AsSpan().SequenceEqual(other._agentY)
            && _agentDir.AsSpan().SequenceEqual(other._agentDir) && Target == other.Target;
    }

    private ulong ComputeFingerprint()
    {
        ulong h = SplitMix64.Mix((ulong)((Width << 16) | Height));
        foreach (GridCell c in _cells)
        {
            ulong v = (ulong)c.Type | ((ulong)c.Color << 8) | ((ulong)c.State << 16) | ((ulong)c.InnerType << 24) | ((ulong)c.InnerColor << 32);
            h = SplitMix64.Mix(h ^ v);
        }

        for (int a = 0; a < _agentX.Length; a++)
        {
            h = SplitMix64.Mix(h ^ (ulong)((_agentX[a] << 20) | (_agentY[a] << 4) | _agentDir[a]));
        }

        return h;
    }
}
