using Agora.Core.Environments.GridWorld;
using SkiaSharp;

namespace Agora.Cli.Rendering;

/// <summary>Encodes a gridworld state as PNG: Core draws the RGB pixels, SkiaSharp compresses them.</summary>
internal static class GridPng
{
    public static byte[] Encode(GridWorldEnv env, int tileSize)
    {
        (byte[] rgb, int width, int height) = GridImageRenderer.Render(env, tileSize);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Span<byte> pixels = bitmap.GetPixelSpan();
        for (int i = 0, j = 0; i < rgb.Length; i += 3, j += 4)
        {
            pixels[j] = rgb[i];
            pixels[j + 1] = rgb[i + 1];
            pixels[j + 2] = rgb[i + 2];
            pixels[j + 3] = 255;
        }

        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
