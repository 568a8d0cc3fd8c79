using Agora.Neural.Optim;

namespace Agora.Neural.Tests.Optim;

public sealed class OptimizerTests
{
    private static Tensor Param(float value, float grad)
    {
        var p = new Tensor(new TensorShape(1), requiresGrad: true, name: "p");
        p[0] = value;
        p.GradSpan[0] = grad;
        return p;
    }

    [Fact]
    public void AdamWFirstStepMovesByTheLearningRateAfterDecay()
    {
        // m̂ = g and v̂ = g² on step 1, so θ ← θ(1 − ηλ) − η·g/(|g| + ε) = 1·0.999 − 0.1 = 0.899.
        var p = Param(1f, 0.5f);
        var opt = new AdamW([p], new AdamWOptions { LearningRate = 0.1f, WeightDecay = 0.01f });
        opt.Step();
        Assert.Equal(0.899f, p[0], 6);
    }

    [Fact]
    public void AdamWSecondStepMatchesTheBiasCorrectedFormula()
    {
        var p = Param(1f, 0.5f);
        var opt = new AdamW([p], new AdamWOptions { LearningRate = 0.1f, WeightDecay = 0f, Beta1 = 0.9f, Beta2 = 0.99f });
        opt.Step();
        p.GradSpan[0] = -1f;
        opt.Step();
        double m = (0.9 * 0.05) + (0.1 * -1), v = (0.99 * 0.01 * 0.25) + (0.01 * 1);
        double expected = 0.9 - (0.1 / (1 - 0.81) * m / ((Math.Sqrt(v) / Math.Sqrt(1 - (0.99 * 0.99))) + 1e-8));
        Assert.Equal(expected, p[0], 5);
    }

    [Fact]
    public void SgdMomentumAccumulatesTheBuffer()
    {
        var p = Param(1f, 2f);
        var opt = new Sgd([p], new SgdOptions { LearningRate = 0.1f, Momentum = 0.9f, WeightDecay = 0f });
        opt.Step();
        Assert.Equal(0.8f, p[0], 6);
        opt.Step();
        Assert.Equal(0.8f - (0.1f * ((0.9f * 2f) + 2f)), p[0], 6);
    }

    [Fact]
    public void SgdWeightDecayAddsToTheGradient()
    {
        var p = Param(2f, 0f);
        new Sgd([p], new SgdOptions { LearningRate = 0.5f, WeightDecay = 0.1f }).Step();
        Assert.Equal(1.9f, p[0], 6);
    }

    [Fact]
    public void ClippingScalesToTheMaximumNorm()
    {
        var a = Param(0f, 3f);
        var b = Param(0f, 4f);
        float norm = GradientClipping.ClipByGlobalNorm([a, b], 1f);
        Assert.Equal(5f, norm, 5);
        Assert.Equal(0.6f, a.GradSpan[0], 5);
        Assert.Equal(0.8f, b.GradSpan[0], 5);
        GradientClipping.ClipByGlobalNorm([a, b], 10f);
        Assert.Equal(0.6f, a.GradSpan[0], 5);
    }

    [Fact]
    public void OptionsRejectBadValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamWOptions { LearningRate = -1f });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdamWOptions { Beta2 = 1f });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SgdOptions { Momentum = 1.5f });
    }
}
