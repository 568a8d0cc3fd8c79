using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Tests.Spaces;

public sealed class SpaceTests
{
    [Fact]
    public void Discrete_samples_lie_in_the_space_and_respect_the_mask()
    {
        var space = new Discrete(4, start: 10);
        var rng = new AgoraRandom(1);
        for (int i = 0; i < 1000; i++)
        {
            Assert.True(space.Contains(space.Sample(ref rng)));
            Assert.Equal(12, space.Sample(ref rng, [false, false, true, false]));
        }

        Assert.False(space.Contains(14));
        Assert.False(space.Contains(9));
        Assert.Equal(10, space.Sample(ref rng, [false, false, false, false]));
        Assert.Throws<ArgumentException>(() => space.Sample(ref rng, [true]));
    }

    [Fact]
    public void Box_samples_every_kind_of_bound_inside_the_box()
    {
        var box = new Box([0f, float.NegativeInfinity, 1f, float.NegativeInfinity], [1f, 0f, float.PositiveInfinity, float.PositiveInfinity]);
        var rng = new AgoraRandom(2);
        var sample = new float[4];
        for (int i = 0; i < 1000; i++)
        {
            box.Sample(ref rng, sample);
            Assert.True(box.Contains(sample));
        }

        Assert.False(box.Contains([2f, 0f, 1f, 0f]));
        Assert.False(box.Contains([float.NaN, 0f, 1f, 0f]));
        Assert.False(box.Contains([0f]));
        Assert.Equal(3, new Box(-1f, 1f, 3).Length);
        Assert.Throws<ArgumentException>(() => new Box([1f], [0f]));
    }

    [Fact]
    public void MultiDiscrete_samples_each_coordinate_within_its_mask()
    {
        var space = new MultiDiscrete([2, 3]);
        var rng = new AgoraRandom(3);
        var sample = new int[2];
        for (int i = 0; i < 200; i++)
        {
            space.Sample(ref rng, sample);
            Assert.True(space.Contains(sample));
            space.Sample(ref rng, sample, [false, true, true, false, false]);
            Assert.Equal(new[] { 1, 0 }, sample);
        }

        Assert.Equal(5, space.TotalChoices);
        Assert.False(space.Contains([2, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MultiDiscrete([0]));
    }
}
