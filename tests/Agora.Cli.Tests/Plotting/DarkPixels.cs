using SkiaSharp;

namespace Agora.Cli.Tests.Plotting;

/// <summary>Finds near-black pixels in a decoded PNG: plot text is black, while lines, bands and grid are coloured or pale.</summary>
internal sealed class DarkPixels : IDisposable
{
    // Antialiased black glyphs have cores far below this; the palette's blue and orange and the grey grid stay above it.
    private const byte Threshold = 100;

    private readonly SKBitmap bitmap;

    public DarkPixels(string pngPath)
    {
        bitmap = SKBitmap.Decode(pngPath) ?? throw new InvalidOperationException($"{pngPath} did not decode as an image.");
    }

    public int Width => bitmap.Width;

    public int Height => bitmap.Height;

    public bool IsDark(int x, int y)
    {
        SKColor c = bitmap.GetPixel(x, y);
        return Math.Max(c.Red, Math.Max(c.Green, c.Blue)) < Threshold;
    }

    /// <summary>Counts dark pixels in the half-open rectangle [left, right) × [top, bottom).</summary>
    public int Count(int left, int top, int right, int bottom)
    {
        int n = 0;
        for (int y = Math.Max(0, top); y < Math.Min(Height, bottom); y++)
        {
            for (int x = Math.Max(0, left); x < Math.Min(Width, right); x++)
            {
                n += IsDark(x, y) ? 1 : 0;
            }
        }

        return n;
    }

    /// <summary>The smallest rectangle holding every dark pixel, as (left, top, right, bottom) half-open; null if there are none.</summary>
    public (int Left, int Top, int Right, int Bottom)? Bounds()
    {
        int left = Width, top = Height, right = -1, bottom = -1;
        for (int y = 0; y < Height; y++)
        {
            for (int x = 0; x < Width; x++)
            {
                if (IsDark(x, y))
                {
                    left = Math.Min(left, x);
                    top = Math.Min(top, y);
                    right = Math.Max(right, x);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        return right < 0 ? null : (left, top, right + 1, bottom + 1);
    }

    public void Dispose() => bitmap.Dispose();
}
