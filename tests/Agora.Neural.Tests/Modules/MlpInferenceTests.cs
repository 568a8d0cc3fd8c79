using Agora.Core.Randomness;
using Agora.Core.Testing;
using Agora.Neural.Modules;
using Agora.Neural.Ops;

namespace Agora.Neural.Tests.Modules;

public sealed class MlpInferenceTests
{
    private static float[] Gaussian(int n, ref AgoraRandom rng)
    {
        var x = new float[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = (float)rng.NextGaussian();
        }

        return x;
    }

    private static float[] Reference(Mlp mlp, float[] input, int rows) =>
        mlp.Forward(null, Tensor.From(new TensorShape(rows, input.Length / rows), input)).Span.ToArray();

    // The benchmarked 32→64→64→8 network, and odd widths that leave a padded tail after the four-vector blocks.
    [Theory]
    [InlineData(new[] { 32, 64, 64, 8 }, Activation.Relu, true, 1)]
    [InlineData(new[] { 32, 64, 64, 8 }, Activation.Tanh, true, 3)]
    [InlineData(new[] { 32, 64, 64, 8 }, Activation.Gelu, false, 2)]
    [InlineData(new[] { 7, 45, 70, 3 }, Activation.Relu, false, 4)]
    [InlineData(new[] { 7, 45, 70, 3 }, Activation.Tanh, true, 1)]
    [InlineData(new[] { 1, 1 }, Activation.Relu, true, 5)]
    public void MatchesTheAutodiffForwardWithin1e6(int[] sizes, Activation activation, bool bias, int rows)
    {
        var rng = new AgoraRandom(7);
        var mlp = new Mlp(sizes, activation, bias, rng.Fork("mlp"));
        var inference = new MlpInference(mlp, maxRows: 5);
        var data = rng.Fork("data");
        for (int trial = 0; trial < 50; trial++)
        {
            float[] input = Gaussian(rows * sizes[0], ref data);
            float[] expected = Reference(mlp, input, rows);
            float[] actual = inference.Run(input).ToArray();
            Assert.Equal(rows * sizes[^1], actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-6, $"output {i}: autodiff {expected[i]:R}, kernel {actual[i]:R}");
            }
        }
    }

    [Fact]
    public void ReluHiddenUnitsAreClampedAtZero()
    {
        // One hidden unit with weight 1 and bias −1 over a scalar input: the output is max(0, x − 1) · 2 + 0.5.
        var mlp = new Mlp([1, 1, 1], Activation.Relu, bias: true, new AgoraRandom(1));
        mlp.Layers[0].Weight.Span[0] = 1f;
        mlp.Layers[0].Bias!.Span[0] = -1f;
        mlp.Layers[1].Weight.Span[0] = 2f;
        mlp.Layers[1].Bias!.Span[0] = 0.5f;
        var inference = new MlpInference(mlp, maxRows: 3);
        Assert.Equal([0.5f, 0.5f, 4.5f], inference.Run([-3f, 1f, 3f]).ToArray());
    }

    [Fact]
    public void UsesThePackedSnapshotUntilRefreshed()
    {
        var mlp = new Mlp([4, 8, 2], Activation.Tanh, bias: true, new AgoraRandom(3));
        var inference = new MlpInference(mlp);
        float[] x = [0.3f, -1.2f, 0.7f, 2f];
        float[] before = inference.Run(x).ToArray();
        mlp.Layers[1].Bias!.Span[0] += 1f;
        Assert.Equal(before, inference.Run(x).ToArray());
        inference.Refresh();
        float[] after = inference.Run(x).ToArray();
        Assert.Equal(before[0] + 1f, after[0], 1e-6f);
        Assert.Equal(before[1], after[1]);
    }

    [Fact]
    public void AllocatesNothingPerCall()
    {
        var mlp = new Mlp([32, 64, 64, 8], Activation.Relu, bias: true, new AgoraRandom(5));
        var inference = new MlpInference(mlp, maxRows: 2);
        var rng = new AgoraRandom(6);
        float[] one = Gaussian(32, ref rng);
        float[] two = Gaussian(64, ref rng);
        float sum = inference.Run(one)[0] + inference.Run(two)[0];
        long allocated = AllocationMeter.SmallestOf(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                sum += inference.Run(one)[0] + inference.Run(two)[1];
            }
        });
        Assert.True(float.IsFinite(sum));
        Assert.Equal(0, allocated);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(96)]
    public void RejectsAnInputThatIsNotOneToMaxRowsRows(int length)
    {
        var inference = new MlpInference(new Mlp([32, 8], Activation.Relu, bias: false, new AgoraRandom(1)), maxRows: 2);
        var e = Assert.Throws<ArgumentException>(() => inference.Run(new float[length]));
        Assert.Contains($"input length {length}", e.Message, StringComparison.Ordinal);
    }
}
