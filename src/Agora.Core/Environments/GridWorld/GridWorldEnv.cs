using Agora.Core.Spaces;

namespace Agora.Core.Environments.GridWorld;

/// <summary>
/// A MiniGrid-style gridworld as an <see cref="IParallelEnv"/>: MiniGrid's objects, actions, rules, reward and
/// egocentric (object, colour, state) view, for one agent or several, with a dial for the number of distinct levels.
/// </summary>
/// <remarks>
/// <para>
/// Observation of one agent (<see cref="ObservationSize"/> = V·V·3 + 1 floats): MiniGrid's <c>image</c> for a V×V view,
/// flattened in NumPy's C order of its <c>(x, y, channel)</c> array, i.e. index <c>(vx·V + vy)·3 + c</c>, with the agent
/// at view cell (V/2, V−1) looking towards vy = 0, occlusion by walls and closed doors as MiniGrid's
/// <c>process_vis</c> (unless the task sees through walls), unseen cells encoded (0, 0, 0) and the agent's own cell showing what it carries; then the
/// agent's direction (0 right, 1 down, 2 left, 3 up). Other agents appear as (10, agent index mod 6, direction).
/// </para>
/// <para>
/// State (<see cref="StateSize"/> = W·H·3 floats): the full grid encoded as MiniGrid's <c>FullyObsWrapper</c> does,
/// index <c>(x·H + y)·3 + c</c>, each live agent written as (10, index mod 6, direction); agent 0 is red as in MiniGrid.
/// </para>
/// <para>
/// Rules (MiniGrid's <c>step</c>): the step counter grows first; left/right turn; forward enters empty cells, floor,
/// goals, lava and open doors (and not a cell holding another agent); stepping on a goal succeeds with reward
/// <c>1 − 0.9·step/maxSteps</c>; stepping on lava terminates that agent with reward 0; pickup takes a key, ball or box
/// in front with empty hands; drop puts the carried object on an empty cell in front; toggle opens or closes a door,
/// unlocks a locked door when the agent carries a key of its colour, and replaces a box by its contents; done does
/// nothing. Agents act in index order within a step. A success ends the episode for every agent (only the successful
/// agent is rewarded); an agent on lava stops acting and leaves the grid; at <c>maxSteps</c> every live agent is
/// truncated.
/// </para>
/// <para>
/// Contexts (<see cref="GridWorldOptions.Contexts"/>): with C ≥ 1 the reset seed picks one of C distinct layouts made
/// once from <see cref="GridWorldOptions.ContextSeed"/>; unbounded generates the layout from the reset seed. Stepping
/// allocates nothing; an unbounded reset allocates while generating.
/// </para>
/// </remarks>
public sealed class GridWorldEnv : IParallelEnv
{
    /// <summary>MiniGrid's seven actions.</summary>
    public const int ActionCount = 7;

    private static readonly int[] DirX = [1, 0, -1, 0];
    private static readonly int[] DirY = [0, 1, 0, -1];

    private readonly GridContextSet? _contexts;
    private readonly int[] _x;
    private readonly int[] _y;
    private readonly int[] _dir;
    private readonly GridCell[] _carrying;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly bool[] _dead;
    private readonly GridCell[] _view;
    private readonly bool[] _visible;
    private GridLayout? _layout;
    private bool _over = true;

    /// <summary>Creates the environment; call <see cref="Reset(ulong)"/> before stepping.</summary>
    /// <param name="task">The level family.</param>
    /// <param name="options">Agents, view, contexts; null for the defaults.</param>
    /// <exception cref="ArgumentException">The task cannot produce a level with these settings (for example rooms that do not fit) or not as many distinct layouts as contexts.</exception>
    public GridWorldEnv(GridTask task, GridWorldOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        Task = task;
        Options = options ?? new GridWorldOptions();
        int n = Options.NumAgents;
        try
        {
            _contexts = Options.Contexts == GridWorldOptions.Unbounded ? null : new GridContextSet(task, Options.Contexts, Options.ContextSeed, n);

            // Generate one level up front so that impossible settings fail here, not at the first reset.
            _ = _contexts is null ? task.CreateLayout(Options.ContextSeed, n) : null;
        }
        catch (GridGenerationException e)
        {
            throw new ArgumentException($"Task {task.Id} with {n} agent(s) cannot be generated: {e.Message}", nameof(task), e);
        }

        Grid = new Grid(task.Width, task.Height);
        MaxSteps = Options.MaxSteps > 0 ? Options.MaxSteps : task.MaxSteps;
        _x = new int[n];
        _y = new int[n];
        _dir = new int[n];
        _carrying = new GridCell[n];
        _terminated = new bool[n];
        _truncated = new bool[n];
        _dead = new bool[n];
        int v = Options.ViewSize;
        _view = new GridCell[v * v];
        _visible = new bool[v * v];
        ObservationSize = (v * v * 3) + 1;
        StateSize = task.Width * task.Height * 3;
        var low = new float[ObservationSize];
        var high = new float[ObservationSize];
        for (int i = 0; i < v * v; i++)
        {
            high[(i * 3) + 0] = (float)GridObjectType.Agent;
            high[(i * 3) + 1] = (float)GridColor.Grey;
            high[(i * 3) + 2] = 3;
        }

        high[^1] = 3;
        ObservationSpace = new Box(low, high);
        ActionSpace = new Discrete(ActionCount);
    }

    /// <summary>The level family.</summary>
    public GridTask Task { get; }

    /// <summary>The settings.</summary>
    public GridWorldOptions Options { get; }

    /// <summary>The fixed contexts, or null when unbounded.</summary>
    public GridContextSet? Contexts => _contexts;

    /// <summary>The live grid (agents are not in it; see <see cref="AgentX"/>).</summary>
    public Grid Grid { get; }

    /// <summary>The layout the current episode started from.</summary>
    public GridLayout? Layout => _layout;

    /// <summary>The step limit.</summary>
    public int MaxSteps { get; }

    /// <summary>Steps taken in this episode.</summary>
    public int StepCount { get; private set; }

    /// <inheritdoc />
    public int NumAgents => _x.Length;

    /// <inheritdoc />
    public int ObservationSize { get; }

    /// <inheritdoc />
    public int NumActions => ActionCount;

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; }

    /// <summary>Agent <paramref name="agent"/>'s column.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The column.</returns>
    public int AgentX(int agent) => _x[agent];

    /// <summary>Agent <paramref name="agent"/>'s row.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The row.</returns>
    public int AgentY(int agent) => _y[agent];

    /// <summary>Agent <paramref name="agent"/>'s direction: 0 right, 1 down, 2 left, 3 up.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The direction.</returns>
    public int AgentDirection(int agent) => _dir[agent];

    /// <summary>What agent <paramref name="agent"/> carries (<see cref="GridCell.Empty"/> for nothing).</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>The carried object.</returns>
    public GridCell Carrying(int agent) => _carrying[agent];

    /// <summary>Whether agent <paramref name="agent"/> is still in the episode.</summary>
    /// <param name="agent">The agent.</param>
    /// <returns>True while it acts.</returns>
    public bool IsActive(int agent) => !_over && !_terminated[agent];

    /// <inheritdoc />
    public void Reset(ulong seed) =>
        Reset(_contexts is null ? Task.CreateLayout(seed, NumAgents) : _contexts.Select(seed));

    /// <summary>Starts an episode from a given layout (a recorded or hand-built level).</summary>
    /// <param name="layout">The layout; its size and agent count must match.</param>
    public void Reset(GridLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (layout.Width != Grid.Width || layout.Height != Grid.Height || layout.NumAgents != NumAgents)
        {
            throw new ArgumentException($"A {layout.Width}×{layout.Height} layout with {layout.NumAgents} agent(s) does not fit this {Grid.Width}×{Grid.Height} environment with {NumAgents}.", nameof(layout));
        }

        _layout = layout;
        layout.CopyTo(Grid);
        layout.AgentX.CopyTo(_x);
        layout.AgentY.CopyTo(_y);
        layout.AgentDir.CopyTo(_dir);
        _carrying.AsSpan().Fill(GridCell.Empty);
        _terminated.AsSpan().Clear();
        _truncated.AsSpan().Clear();
        _dead.AsSpan().Clear();
        StepCount = 0;
        _over = false;
    }

    /// <inheritdoc />
    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        if (_over)
        {
            throw new InvalidOperationException("The episode is over; call Reset.");
        }

        int n = NumAgents;
        if (actions.Length != n || rewards.Length != n || terminated.Length != n || truncated.Length != n)
        {
            throw new ArgumentException($"Expected {n} entries in every buffer.", nameof(actions));
        }

        StepCount++;
        rewards.Clear();
        bool success = false;
        for (int a = 0; a < n && !success; a++)
        {
            if (_terminated[a])
            {
                continue;
            }

            success = Act(a, actions[a], rewards);
        }

        bool anyLive = false;
        for (int a = 0; a < n; a++)
        {
            if (success)
            {
                _terminated[a] = true;
            }

            if (!_terminated[a] && StepCount >= MaxSteps)
            {
                _truncated[a] = true;
            }

            anyLive |= !_terminated[a] && !_truncated[a];
            terminated[a] = _terminated[a];
            truncated[a] = _truncated[a];
        }

        _over = !anyLive;
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        int size = ObservationSize;
        for (int a = 0; a < NumAgents; a++)
        {
            WriteView(a, destination.Slice(a * size, size));
        }
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            destination.Slice(a * ActionCount, ActionCount).Fill(IsActive(a));
        }
    }

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            destination[a] = IsActive(a);
        }
    }

    /// <inheritdoc />
    public void WriteState(Span<float> destination)
    {
        int h = Grid.Height;
        for (int x = 0; x < Grid.Width; x++)
        {
            for (int y = 0; y < h; y++)
            {
                Encode(Grid[x, y], destination.Slice(((x * h) + y) * 3, 3));
            }
        }

        for (int a = 0; a < NumAgents; a++)
        {
            if (!_dead[a])
            {
                Span<float> cell = destination.Slice(((_x[a] * h) + _y[a]) * 3, 3);
                cell[0] = (float)GridObjectType.Agent;
                cell[1] = a % 6;
                cell[2] = _dir[a];
            }
        }
    }

    /// <summary>Writes an agent-position key per agent (x, y, direction, carried object), for count-based bonuses.</summary>
    /// <param name="destination">One key per agent.</param>
    public void WritePositionKeys(Span<ulong> destination)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            GridCell c = _carrying[a];
            destination[a] = (uint)_x[a] | ((ulong)(uint)_y[a] << 16) | ((ulong)(uint)_dir[a] << 32) | ((ulong)c.Type << 40) | ((ulong)c.Color << 48);
        }
    }

    /// <summary>Whether an agent (not lost in lava) other than <paramref name="except"/> stands on (x, y).</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <param name="except">The agent to ignore, or −1.</param>
    /// <returns>The agent there, or −1.</returns>
    public int AgentAt(int x, int y, int except = -1)
    {
        for (int a = 0; a < NumAgents; a++)
        {
            if (a != except && !_dead[a] && _x[a] == x && _y[a] == y)
            {
                return a;
            }
        }

        return -1;
    }

    private static void Encode(GridCell cell, Span<float> destination)
    {
        destination[0] = (float)cell.Type;
        destination[1] = cell.Type == GridObjectType.Empty ? 0 : (float)cell.Color;
        destination[2] = cell.Type == GridObjectType.Door ? cell.State : 0;
    }

    private bool Act(int a, int action, Span<float> rewards)
    {
        int fx = _x[a] + DirX[_dir[a]];
        int fy = _y[a] + DirY[_dir[a]];
        GridCell front = Grid.InBounds(fx, fy) ? Grid[fx, fy] : GridCell.Wall;
        switch ((GridAction)action)
        {
            case GridAction.Left:
                _dir[a] = (_dir[a] + 3) & 3;
                break;
            case GridAction.Right:
                _dir[a] = (_dir[a] + 1) & 3;
                break;
            case GridAction.Forward:
                if (front.CanOverlap && AgentAt(fx, fy, a) < 0)
                {
                    _x[a] = fx;
                    _y[a] = fy;
                    if (front.Type == GridObjectType.Goal)
                    {
                        rewards[a] = SuccessReward();
                        return true;
                    }

                    if (front.Type == GridObjectType.Lava)
                    {
                        _terminated[a] = true;
                        _dead[a] = true;
                    }
                }

                break;
            case GridAction.Pickup:
                if (front.CanPickUp && _carrying[a].IsEmpty)
                {
                    _carrying[a] = front;
                    Grid[fx, fy] = GridCell.Empty;
                }

                // KeyCorridor's rule: pressing pickup while holding the target succeeds.
                if (_layout!.Target is GridCell target && _carrying[a].Type == target.Type && _carrying[a].Color == target.Color)
                {
                    rewards[a] = SuccessReward();
                    return true;
                }

                break;
            case GridAction.Drop:
                if (front.IsEmpty && Grid.InBounds(fx, fy) && !_carrying[a].IsEmpty && AgentAt(fx, fy, a) < 0)
                {
                    Grid[fx, fy] = _carrying[a];
                    _carrying[a] = GridCell.Empty;
                }

                break;
            case GridAction.Toggle:
                Toggle(a, front, fx, fy);
                break;
            case GridAction.Done:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action), $"Action {action} is not one of MiniGrid's 0–6.");
        }

        return false;
    }

    private void Toggle(int a, GridCell front, int fx, int fy)
    {
        if (front.Type == GridObjectType.Door)
        {
            var state = (DoorState)front.State;
            if (state == DoorState.Locked)
            {
                GridCell held = _carrying[a];
                if (held.Type == GridObjectType.Key && held.Color == front.Color)
                {
                    Grid[fx, fy] = GridCell.Door(front.Color, DoorState.Open);
                }
            }
            else
            {
                Grid[fx, fy] = GridCell.Door(front.Color, state == DoorState.Open ? DoorState.Closed : DoorState.Open);
            }
        }
        else if (front.Type == GridObjectType.Box)
        {
            Grid[fx, fy] = front.InnerType == GridObjectType.Empty ? GridCell.Empty : new GridCell(front.InnerType, front.InnerColor);
        }
    }

    private float SuccessReward() => 1f - (0.9f * ((float)StepCount / MaxSteps));

    private void WriteView(int a, Span<float> destination)
    {
        int v = Options.ViewSize;
        int half = v / 2;
        int d = _dir[a];
        int fdx = DirX[d];
        int fdy = DirY[d];
        int rdx = DirX[(d + 1) & 3];
        int rdy = DirY[(d + 1) & 3];
        GridCell[] view = _view;
        bool[] vis = _visible;

        // view[vx + vy·v]: the agent sits at (half, v − 1) looking towards vy = 0 (MiniGrid's slice + rotate_left).
        ReadOnlySpan<GridCell> cells = Grid.Cells;
        int width = Grid.Width;
        int height = Grid.Height;
        bool others = NumAgents > 1;
        for (int vy = 0; vy < v; vy++)
        {
            int forward = v - 1 - vy;
            int rowX = _x[a] + (forward * fdx) - (half * rdx);
            int rowY = _y[a] + (forward * fdy) - (half * rdy);
            for (int vx = 0; vx < v; vx++)
            {
                int wx = rowX + (vx * rdx);
                int wy = rowY + (vx * rdy);
                GridCell cell = (uint)wx < (uint)width && (uint)wy < (uint)height ? cells[(wy * width) + wx] : GridCell.Wall;
                if (others && !(vx == half && vy == v - 1))
                {
                    int other = AgentAt(wx, wy, a);
                    if (other >= 0)
                    {
                        cell = new GridCell(GridObjectType.Agent, (GridColor)(other % 6), (byte)_dir[other]);
                    }
                }

                view[vx + (vy * v)] = cell;
            }
        }

        if (Task.SeeThroughWalls)
        {
            vis.AsSpan().Fill(true);
        }
        else
        {
            ComputeVisibility(view, vis, v);
        }

        view[half + ((v - 1) * v)] = _carrying[a];
        Span<float> image = destination[..(v * v * 3)];
        int o = 0;
        for (int vx = 0; vx < v; vx++)
        {
            for (int vy = 0; vy < v; vy++, o += 3)
            {
                int i = vx + (vy * v);
                if (!vis[i])
                {
                    image[o] = 0;
                    image[o + 1] = 0;
                    image[o + 2] = 0;
                    continue;
                }

                GridCell cell = view[i];
                GridObjectType type = cell.Type;
                image[o] = (float)type;
                image[o + 1] = type == GridObjectType.Empty ? 0 : (float)cell.Color;
                image[o + 2] = type is GridObjectType.Door or GridObjectType.Agent ? cell.State : 0;
            }
        }

        destination[v * v * 3] = d;
    }

    /// <summary>MiniGrid's <c>Grid.process_vis</c>: light spreads from the agent upwards and sideways past see-through cells.</summary>
    private static void ComputeVisibility(GridCell[] view, bool[] mask, int v)
    {
        Array.Clear(mask);
        mask[(v / 2) + ((v - 1) * v)] = true;
        for (int j = v - 1; j >= 0; j--)
        {
            for (int i = 0; i < v - 1; i++)
            {
                if (!mask[i + (j * v)] || !view[i + (j * v)].SeeBehind)
                {
                    continue;
                }

                mask[i + 1 + (j * v)] = true;
                if (j > 0)
                {
                    mask[i + 1 + ((j - 1) * v)] = true;
                    mask[i + ((j - 1) * v)] = true;
                }
            }

            for (int i = v - 1; i >= 1; i--)
            {
                if (!mask[i + (j * v)] || !view[i + (j * v)].SeeBehind)
                {
                    continue;
                }

                mask[i - 1 + (j * v)] = true;
                if (j > 0)
                {
                    mask[i - 1 + ((j - 1) * v)] = true;
                    mask[i + ((j - 1) * v)] = true;
                }
            }
        }
    }
}
