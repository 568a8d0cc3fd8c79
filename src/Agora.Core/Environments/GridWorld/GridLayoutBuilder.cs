using Agora.Core.Randomness;

namespace Agora.Core.Environments.GridWorld;

/// <summary>
/// The scratch space a task generator draws a level in, with MiniGrid's placement helpers (<c>place_obj</c>,
/// <c>place_agent</c>, <c>_rand_int</c>…) over an <see cref="AgoraRandom"/>.
/// </summary>
/// <remarks>
/// Placement follows MiniGrid's rejection sampling: draw a cell uniformly in the rectangle, reject it if it is not empty
/// or holds an agent (or fails the task's rule), try again. Our generator is not NumPy's, so a seed gives a different
/// level than in MiniGrid; the distribution over levels is the same.
/// </remarks>
public sealed class GridLayoutBuilder
{
    /// <summary>MiniGrid's <c>COLOR_NAMES</c>: the colours sorted by name, the order its random choices index.</summary>
    public static readonly GridColor[] ColorsByName = [GridColor.Blue, GridColor.Green, GridColor.Grey, GridColor.Purple, GridColor.Red, GridColor.Yellow];

    private static readonly int[] DirX = [1, 0, -1, 0];
    private static readonly int[] DirY = [0, 1, 0, -1];
    private readonly int[] _agentX;
    private readonly int[] _agentY;
    private readonly int[] _agentDir;
    private AgoraRandom _rng;

    /// <summary>Creates an empty builder.</summary>
    /// <param name="width">Grid columns.</param>
    /// <param name="height">Grid rows.</param>
    /// <param name="numAgents">Agents to place; at least 1.</param>
    /// <param name="seed">The layout seed.</param>
    public GridLayoutBuilder(int width, int height, int numAgents, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numAgents);
        Grid = new Grid(width, height);
        _agentX = new int[numAgents];
        _agentY = new int[numAgents];
        _agentDir = new int[numAgents];
        _agentX.AsSpan().Fill(-1);
        _agentY.AsSpan().Fill(-1);
        _rng = new AgoraRandom(seed);
    }

    /// <summary>The grid being drawn.</summary>
    public Grid Grid { get; }

    /// <summary>The number of agents.</summary>
    public int NumAgents => _agentX.Length;

    /// <summary>The object a pick-up task asks for, once set.</summary>
    public GridCell? Target { get; set; }

    /// <summary>Agent <paramref name="agent"/>'s column (−1 before placement).</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The column.</returns>
    public int AgentX(int agent) => _agentX[agent];

    /// <summary>Agent <paramref name="agent"/>'s row (−1 before placement).</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The row.</returns>
    public int AgentY(int agent) => _agentY[agent];

    /// <summary>A uniform integer in [low, high), as MiniGrid's <c>_rand_int</c>.</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound; greater than <paramref name="low"/>.</param>
    /// <returns>The integer.</returns>
    public int RandInt(int low, int high) => _rng.NextInt(low, high);

    /// <summary>A fair coin, as MiniGrid's <c>_rand_bool</c>.</summary>
    /// <returns>True or false.</returns>
    public bool RandBool() => _rng.NextInt(2) == 0;

    /// <summary>A uniform colour drawn from <see cref="ColorsByName"/>, as MiniGrid's <c>_rand_color</c>.</summary>
    /// <returns>The colour.</returns>
    public GridColor RandColor() => ColorsByName[_rng.NextInt(ColorsByName.Length)];

    /// <summary>Puts a cell at a fixed position, as MiniGrid's <c>put_obj</c>.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    public void Put(GridCell cell, int x, int y) => Grid[x, y] = cell;

    /// <summary>Whether an agent already stands at (x, y).</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <returns>True when occupied.</returns>
    public bool HasAgentAt(int x, int y)
    {
        for (int a = 0; a < _agentX.Length; a++)
        {
            if (_agentX[a] == x && _agentY[a] == y)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Places a cell on a random empty, agent-free cell of a rectangle, as MiniGrid's <c>place_obj</c>.</summary>
    /// <param name="cell">The cell; <see cref="GridCell.Empty"/> just finds a position.</param>
    /// <param name="left">Rectangle left column (clamped at 0).</param>
    /// <param name="top">Rectangle top row (clamped at 0).</param>
    /// <param name="width">Rectangle columns (clamped to the grid).</param>
    /// <param name="height">Rectangle rows (clamped to the grid).</param>
    /// <param name="reject">Extra rejection rule, or null.</param>
    /// <param name="maxTries">How many draws before giving up.</param>
    /// <returns>The chosen position.</returns>
    /// <exception cref="GridGenerationException">No acceptable cell was found within <paramref name="maxTries"/> draws.</exception>
    public (int X, int Y) PlaceObject(GridCell cell, int left, int top, int width, int height, Func<int, int, bool>? reject = null, int maxTries = 10_000)
    {
        left = Math.Max(left, 0);
        top = Math.Max(top, 0);
        int right = Math.Min(left + width, Grid.Width);
        int bottom = Math.Min(top + height, Grid.Height);
        for (int tries = 0; tries < maxTries; tries++)
        {
            int x = RandInt(left, right);
            int y = RandInt(top, bottom);
            if (!Grid[x, y].IsEmpty || HasAgentAt(x, y) || (reject is not null && reject(x, y)))
            {
                continue;
            }

            Grid[x, y] = cell;
            return (x, y);
        }

        throw new GridGenerationException($"No free cell found in the rectangle at ({left}, {top}) of size {width}×{height} after {maxTries} tries.");
    }

    /// <summary>Places every agent on a random free cell of a rectangle with a random direction, as MiniGrid's <c>place_agent</c>.</summary>
    /// <param name="left">Rectangle left column.</param>
    /// <param name="top">Rectangle top row.</param>
    /// <param name="width">Rectangle columns.</param>
    /// <param name="height">Rectangle rows.</param>
    /// <param name="randomDirection">Whether to draw the direction (otherwise 0, facing right).</param>
    /// <param name="reject">Extra rejection rule, or null.</param>
    public void PlaceAgents(int left, int top, int width, int height, bool randomDirection = true, Func<int, int, bool>? reject = null)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            PlaceAgent(a, left, top, width, height, randomDirection, reject);
        }
    }

    /// <summary>Places one agent on a random free cell of a rectangle.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="left">Rectangle left column.</param>
    /// <param name="top">Rectangle top row.</param>
    /// <param name="width">Rectangle columns.</param>
    /// <param name="height">Rectangle rows.</param>
    /// <param name="randomDirection">Whether to draw the direction (otherwise 0, facing right).</param>
    /// <param name="reject">Extra rejection rule, or null.</param>
    public void PlaceAgent(int agent, int left, int top, int width, int height, bool randomDirection = true, Func<int, int, bool>? reject = null)
    {
        _agentX[agent] = -1;
        _agentY[agent] = -1;
        (int x, int y) = PlaceObject(GridCell.Empty, left, top, width, height, reject);
        SetAgent(agent, x, y, randomDirection ? RandInt(0, 4) : 0);
    }

    /// <summary>Sets an agent's pose directly.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <param name="direction">0 right, 1 down, 2 left, 3 up.</param>
    public void SetAgent(int agent, int x, int y, int direction)
    {
        _agentX[agent] = x;
        _agentY[agent] = y;
        _agentDir[agent] = direction;
    }

    /// <summary>The cell in front of an agent.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The position in front.</returns>
    public (int X, int Y) FrontOf(int agent) => (_agentX[agent] + DirX[_agentDir[agent]], _agentY[agent] + DirY[_agentDir[agent]]);

    /// <summary>Freezes the drawing into a layout.</summary>
    /// <returns>The layout.</returns>
    public GridLayout Build()
    {
        for (int a = 0; a < NumAgents; a++)
        {
            if (_agentX[a] < 0)
            {
                throw new GridGenerationException($"The generator did not place agent {a}.");
            }
        }

        return new GridLayout(Grid, _agentX, _agentY, _agentDir, Target);
    }
}
