using Agora.Core.Environments.GridWorld;

namespace Agora.Core.Tests.Environments.GridWorld;

public sealed class GridRenderTests
{
    private static GridWorldEnv Room()
    {
        Stepper s = HandBuilt.Start(5, 4, b =>
        {
            b.Put(GridCell.Goal, 3, 2);
            b.Put(GridCell.Door(GridColor.Purple, DoorState.Locked), 4, 1);
            b.SetAgent(0, 1, 1, 2);
        });
        return s.Env;
    }

    [Fact]
    public void Text_shows_objects_colours_and_the_agent_arrow()
    {
        string text = GridTextRenderer.Render(Room(), ansi: false);
        Assert.Equal("WGWGWGWGWG\nWG<0    LP\nWG    GGWG\nWGWGWGWGWG\n", text);
    }

    [Fact]
    public void The_image_has_grey_walls_a_green_goal_and_a_red_agent()
    {
        (byte[] rgb, int w, int h) = GridImageRenderer.Render(Room(), tileSize: 8);
        Assert.Equal((40, 32), (w, h));
        Assert.Equal([100, 100, 100], Pixel(rgb, w, 4, 4));            // wall tile (0, 0)
        Assert.Equal([0, 255, 0], Pixel(rgb, w, (3 * 8) + 4, (2 * 8) + 4)); // goal tile (3, 2)
        Assert.Equal([255, 0, 0], Pixel(rgb, w, 8 + 4, 8 + 4));         // agent at (1, 1)
        Assert.Equal([0, 0, 0], Pixel(rgb, w, (2 * 8) + 4, (2 * 8) + 4)); // empty floor
    }

    private static byte[] Pixel(byte[] rgb, int width, int x, int y) => rgb.AsSpan(((y * width) + x) * 3, 3).ToArray();
}
