using System.Text;

namespace Agora.Core.Environments.GridWorld;

/// <summary>Draws a gridworld as text, two characters per cell, optionally coloured with ANSI escapes.</summary>
/// <remarks>
/// As in MiniGrid's <c>pprint_grid</c>, the first character of a cell is the
/// object (<c>W</c> wall, <c>D</c> door (<c>d</c> open, <c>L</c> locked), <c>K</c> key, <c>A</c> ball, <c>B</c> box,
/// <c>G</c> goal, <c>V</c> lava, <c>F</c> floor) and the second its colour initial (grey and green are both G, as in
/// MiniGrid); an agent is its direction arrow
/// (<c>&gt;v&lt;^</c>) followed by its index.
/// </remarks>
public static class GridTextRenderer
{
    private static readonly char[] Arrows = ['>', 'v', '<', '^'];
    private static readonly char[] ColorLetters = ['R', 'G', 'B', 'P', 'Y', 'G'];
    private static readonly int[] AnsiColors = [31, 32, 34, 35, 33, 90];

    /// <summary>Renders the environment's current state.</summary>
    /// <param name="env">The environment (after a reset).</param>
    /// <param name="ansi">Whether to colour the output with ANSI escapes.</param>
    /// <returns>One line per grid row.</returns>
    public static string Render(GridWorldEnv env, bool ansi = true)
    {
        ArgumentNullException.ThrowIfNull(env);
        var sb = new StringBuilder();
        Grid g = env.Grid;
        for (int y = 0; y < g.Height; y++)
        {
            for (int x = 0; x < g.Width; x++)
            {
                int agent = env.AgentAt(x, y);
                if (agent >= 0)
                {
                    Append(sb, ansi, 91, Arrows[env.AgentDirection(agent)], (char)('0' + (agent % 10)));
                    continue;
                }

                GridCell c = g[x, y];
                char letter = c.Type switch
                {
                    GridObjectType.Wall => 'W',
                    GridObjectType.Door => c.State switch { 0 => 'd', 1 => 'D', _ => 'L' },
                    GridObjectType.Key => 'K',
                    GridObjectType.Ball => 'A',
                    GridObjectType.Box => 'B',
                    GridObjectType.Goal => 'G',
                    GridObjectType.Lava => 'V',
                    GridObjectType.Floor => 'F',
                    _ => ' ',
                };
                char color = c.IsEmpty ? ' ' : ColorLetters[(int)c.Color];
                Append(sb, ansi && !c.IsEmpty, AnsiColors[(int)c.Color], letter, color);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, bool ansi, int color, char a, char b)
    {
        if (ansi)
        {
            sb.Append("\u001b[").Append(color).Append('m').Append(a).Append(b).Append("\u001b[0m");
        }
        else
        {
            sb.Append(a).Append(b);
        }
    }
}
