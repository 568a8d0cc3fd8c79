namespace Agora.Core.Environments.GridWorld;

/// <summary>Draws a gridworld into an RGB byte buffer (row-major, 3 bytes per pixel), MiniGrid-style tiles.</summary>
/// <remarks>
/// Colours are MiniGrid's <c>COLORS</c>; walls are filled grey, goals green, lava orange, doors a coloured frame
/// (filled when locked, hollow when closed, a thin edge when open), keys a bar with a bit, balls discs, boxes hollow
/// squares, agents red triangles pointing their way. Encoding the buffer as PNG is left to the caller (the CLI), so the
/// core stays free of image libraries.
/// </remarks>
public static class GridImageRenderer
{
    private static readonly byte[,] Palette =
    {
        { 255, 0, 0 }, { 0, 255, 0 }, { 0, 0, 255 }, { 112, 39, 195 }, { 255, 255, 0 }, { 100, 100, 100 },
    };

    /// <summary>Renders the current state.</summary>
    /// <param name="env">The environment (after a reset).</param>
    /// <param name="tileSize">Pixels per cell side; between 4 and 128.</param>
    /// <returns>The pixels, <c>(Height·tile) × (Width·tile) × 3</c> bytes, and the image size.</returns>
    public static (byte[] Rgb, int Width, int Height) Render(GridWorldEnv env, int tileSize = 32)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentOutOfRangeException.ThrowIfLessThan(tileSize, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tileSize, 128);
        Grid g = env.Grid;
        int w = g.Width * tileSize;
        int h = g.Height * tileSize;
        var rgb = new byte[w * h * 3];
        var canvas = new Canvas(rgb, w);
        for (int y = 0; y < g.Height; y++)
        {
            for (int x = 0; x < g.Width; x++)
            {
                DrawTile(canvas, g[x, y], x * tileSize, y * tileSize, tileSize);
                int agent = env.AgentAt(x, y);
                if (agent >= 0)
                {
                    DrawAgent(canvas, x * tileSize, y * tileSize, tileSize, env.AgentDirection(agent), agent);
                }
            }
        }

        return (rgb, w, h);
    }

    private static void DrawTile(Canvas c, GridCell cell, int px, int py, int t)
    {
        // Grid lines as in MiniGrid: a dark 1-pixel border on the top and left of every tile.
        c.Fill(px, py, t, 1, 100, 100, 100);
        c.Fill(px, py, 1, t, 100, 100, 100);
        (byte r, byte gr, byte b) = Color(cell.Color);
        int m = t / 8;
        switch (cell.Type)
        {
            case GridObjectType.Wall:
                c.Fill(px, py, t, t, r, gr, b);
                break;
            case GridObjectType.Floor:
                c.Fill(px + 1, py + 1, t - 1, t - 1, (byte)(r / 2), (byte)(gr / 2), (byte)(b / 2));
                break;
            case GridObjectType.Goal:
                c.Fill(px + 1, py + 1, t - 1, t - 1, r, gr, b);
                break;
            case GridObjectType.Lava:
                c.Fill(px + 1, py + 1, t - 1, t - 1, 255, 128, 0);
                break;
            case GridObjectType.Door when cell.State == (byte)DoorState.Open:
                c.Fill(px + t - m, py, m, t, r, gr, b);
                break;
            case GridObjectType.Door:
                c.Frame(px, py, t, t, Math.Max(1, m / 2), r, gr, b);
                if (cell.State == (byte)DoorState.Locked)
                {
                    c.Fill(px + m, py + m, t - (2 * m), t - (2 * m), (byte)(r * 0.45), (byte)(gr * 0.45), (byte)(b * 0.45));
                }

                c.Fill(px + (3 * t / 4), py + (t / 2) - 1, Math.Max(1, t / 12), Math.Max(2, t / 12), r, gr, b);
                break;
            case GridObjectType.Key:
                c.Disc(px + (t / 2), py + (t * 5 / 16), t * 3 / 16, r, gr, b);
                c.Fill(px + (t / 2) - (t / 16), py + (t / 2), Math.Max(1, t / 8), t * 5 / 16, r, gr, b);
                c.Fill(px + (t / 2), py + (t * 11 / 16), t / 8, Math.Max(1, t / 16), r, gr, b);
                break;
            case GridObjectType.Ball:
                c.Disc(px + (t / 2), py + (t / 2), t * 5 / 16, r, gr, b);
                break;
            case GridObjectType.Box:
                c.Frame(px + (t / 8), py + (t / 8), t * 3 / 4, t * 3 / 4, Math.Max(1, t / 16), r, gr, b);
                break;
            default:
                break;
        }
    }

    private static void DrawAgent(Canvas c, int px, int py, int t, int dir, int agent)
    {
        (byte r, byte g, byte b) = agent == 0 ? ((byte)255, (byte)0, (byte)0) : Color((GridColor)(agent % 6));
        double cx = px + (t / 2.0);
        double cy = py + (t / 2.0);
        for (int y = py; y < py + t; y++)
        {
            for (int x = px; x < px + t; x++)
            {
                // Rotate the pixel into the agent's frame, facing +x, and test against the triangle
                // (0.12, 0.19)-(0.87, 0.50)-(0.12, 0.81) of MiniGrid's agent glyph.
                double dx = (x + 0.5 - cx) / t;
                double dy = (y + 0.5 - cy) / t;
                (double u, double v) = dir switch { 0 => (dx, dy), 1 => (dy, -dx), 2 => (-dx, -dy), _ => (-dy, dx) };
                u += 0.5;
                v += 0.5;
                if (u >= 0.12 && u <= 0.87 && Math.Abs(v - 0.5) <= 0.31 * (0.87 - u) / 0.75)
                {
                    c.Set(x, y, r, g, b);
                }
            }
        }
    }

    private static (byte R, byte G, byte B) Color(GridColor color) =>
        (Palette[(int)color, 0], Palette[(int)color, 1], Palette[(int)color, 2]);

    private readonly struct Canvas(byte[] rgb, int width)
    {
        public void Set(int x, int y, byte r, byte g, byte b)
        {
            int i = ((y * width) + x) * 3;
            rgb[i] = r;
            rgb[i + 1] = g;
            rgb[i + 2] = b;
        }

        public void Fill(int x, int y, int w, int h, byte r, byte g, byte b)
        {
            for (int j = y; j < y + h; j++)
            {
                for (int i = x; i < x + w; i++)
                {
                    Set(i, j, r, g, b);
                }
            }
        }

        public void Frame(int x, int y, int w, int h, int thickness, byte r, byte g, byte b)
        {
            Fill(x, y, w, thickness, r, g, b);
            Fill(x, y + h - thickness, w, thickness, r, g, b);
            Fill(x, y, thickness, h, r, g, b);
            Fill(x + w - thickness, y, thickness, h, r, g, b);
        }

        public void Disc(int cx, int cy, int radius, byte r, byte g, byte b)
        {
            for (int j = cy - radius; j <= cy + radius; j++)
            {
                for (int i = cx - radius; i <= cx + radius; i++)
                {
                    if (((i - cx) * (i - cx)) + ((j - cy) * (j - cy)) <= radius * radius)
                    {
                        Set(i, j, r, g, b);
                    }
                }
            }
        }
    }
}
