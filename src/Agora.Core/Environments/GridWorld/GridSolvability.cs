namespace Agora.Core.Environments.GridWorld;

/// <summary>A breadth-first check that a layout can be solved by agent 0.</summary>
/// <remarks>
/// Flood fill from the agent's start over cells it can enter or clear: empty cells, floor, goals, doors that are open
/// or closed (toggle opens them), and keys, balls and boxes (they can be picked up and dropped behind). A locked door
/// becomes passable once a key of its colour lies in the reached region; the fill is repeated until no new key colour
/// appears. Lava and walls are never entered. The layout is solvable when the goal (reach tasks) or the target object
/// (pick-up tasks) is reached. This over-approximates slightly (it ignores that a dropped object may block a one-cell
/// corridor) but catches every generator bug that walls a goal or a key off.
/// </remarks>
public static class GridSolvability
{
    /// <summary>Whether agent 0 can reach the goal or the target in <paramref name="layout"/>.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>True when solvable.</returns>
    public static bool IsSolvable(GridLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        int w = layout.Width;
        int h = layout.Height;
        var reached = new bool[w * h];
        var queue = new Queue<int>();
        int keyColours = 0;
        while (true)
        {
            Array.Clear(reached);
            queue.Clear();
            int start = layout.AgentX[0] + (layout.AgentY[0] * w);
            reached[start] = true;
            queue.Enqueue(start);
            int found = keyColours;
            bool success = false;
            while (queue.Count > 0)
            {
                int p = queue.Dequeue();
                int x = p % w;
                int y = p / w;
                GridCell c = layout[x, y];
                if (c.Type == GridObjectType.Key)
                {
                    found |= 1 << (int)c.Color;
                }

                if ((c.Type == GridObjectType.Goal && layout.Target is null) || (layout.Target is GridCell t && c.Type == t.Type && c.Color == t.Color))
                {
                    success = true;
                }

                Visit(x + 1, y);
                Visit(x - 1, y);
                Visit(x, y + 1);
                Visit(x, y - 1);
            }

            if (success)
            {
                return true;
            }

            if (found == keyColours)
            {
                return false;
            }

            keyColours = found;

            void Visit(int nx, int ny)
            {
                if (nx < 0 || ny < 0 || nx >= w || ny >= h || reached[nx + (ny * w)])
                {
                    return;
                }

                GridCell n = layout[nx, ny];
                bool enter = n.Type switch
                {
                    GridObjectType.Empty or GridObjectType.Floor or GridObjectType.Goal or GridObjectType.Key or GridObjectType.Ball or GridObjectType.Box => true,
                    GridObjectType.Door => n.State != (byte)DoorState.Locked || (keyColours & (1 << (int)n.Color)) != 0,
                    _ => false,
                };
                if (enter)
                {
                    reached[nx + (ny * w)] = true;
                    queue.Enqueue(nx + (ny * w));
                }
            }
        }
    }
}
