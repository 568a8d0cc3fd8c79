using Agora.Core.Agents;

namespace Agora.Core.Tests.Agents;

public sealed class RandomAgentTests
{
    [Fact]
    public void Chooses_uniformly_among_legal_actions_per_row()
    {
        var agent = new RandomAgent();
        agent.Reset(4);
        bool[] masks = [false, true, false, true, /* row 1 */ true, false, false, false, /* row 2 */ false, false, false, false];
        var actions = new int[3];
        var counts = new int[4];
        for (int i = 0; i < 20_000; i++)
        {
            agent.Act([], masks, actions);
            counts[actions[0]]++;
            Assert.Equal(0, actions[1]);
            Assert.Equal(0, actions[2]);   // No legal action: 0, which the environment ignores.
        }

        Assert.Equal(0, counts[0] + counts[2]);
        Assert.InRange(counts[1] / 20_000.0, 0.48, 0.52);
    }

    [Fact]
    public void The_same_seed_gives_the_same_actions()
    {
        var a = new RandomAgent();
        var b = new RandomAgent();
        a.Reset(8);
        b.Reset(8);
        bool[] masks = [true, true, true, true, true, true];
        var left = new int[2];
        var right = new int[2];
        for (int i = 0; i < 100; i++)
        {
            a.Act([], masks, left);
            b.Act([], masks, right);
            Assert.Equal(left, right);
        }

        Assert.Equal("random", a.Name);
    }
}
