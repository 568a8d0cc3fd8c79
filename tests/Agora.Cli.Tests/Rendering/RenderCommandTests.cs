namespace Agora.Cli.Tests.Rendering;

public sealed class RenderCommandTests
{
    [Fact]
    public void Render_prints_the_grid_as_text_and_writes_a_png_of_the_right_size()
    {
        string png = CliHarness.TempPath("doorkey.png");
        var (code, output, error) = CliHarness.Run("render", "MiniGrid-DoorKey-5x5-v0", "--seed", "4", "--plain", "--tile", "10", "--out", png);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n');
        Assert.Equal("WGWGWGWGWG", lines[0]);
        Assert.Contains("LY", output, StringComparison.Ordinal); // the locked yellow door
        Assert.Contains("KY", output, StringComparison.Ordinal); // its key
        Assert.Contains("GG", output, StringComparison.Ordinal); // the goal
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        int height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.Equal((50, 50), (width, height));
    }

    [Fact]
    public void Render_colours_text_with_ANSI_escapes_by_default()
    {
        var (code, output, _) = CliHarness.Run("render", "MiniGrid-Empty-8x8-v0");
        Assert.Equal(0, code);
        Assert.Contains("\u001b[", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-env-v0", "'no-such-env-v0'")]
    [InlineData("pd-v0", "not a gridworld")]
    public void Render_refuses_unknown_or_non_grid_envs_with_exit_2(string env, string named)
    {
        var (code, _, error) = CliHarness.Run("render", env);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }
}
