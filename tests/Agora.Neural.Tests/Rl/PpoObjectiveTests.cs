using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

public sealed class PpoObjectiveTests
{
    [Fact]
    public void Advantage_moments_use_the_unbiased_standard_deviation_of_the_indexed_samples()
    {
        // Samples 1, 2, 3, 6 (index 4 is outside the minibatch): mean 3, Σ(x − 3)² = 14, std = √(14/3).
        (double mean, double std) = PpoObjective.AdvantageMoments([6f, 2f, 3f, 1f, 100f], [3, 1, 2, 0]);
        Assert.Equal(3, mean, 12);
        Assert.Equal(Math.Sqrt(14.0 / 3), std, 12);
        Assert.Equal((6 - 3) / (std + 1e-8), PpoObjective.Advantage(6f, (mean, std), normalize: true), 12);
        Assert.Equal(6, PpoObjective.Advantage(6f, (mean, std), normalize: false));
    }

    [Theory]
    // A = 1, r = 1.5: −A·r = −1.5 < −A·clip(r) = −1.2, so the clipped term is taken and r is outside [0.8, 1.2]: no gradient.
    [InlineData(1.0, 1.5, -1.2, 0.0, 1)]
    // A = 1, r = 1.1: inside the clip range, the gradient −A·r / minibatch = −0.55 flows.
    [InlineData(1.0, 1.1, -1.1, -0.55, 0)]
    // A = −1, r = 1.5: −A·r = 1.5 > −A·clip(r) = 1.2, the unclipped term is taken, so the gradient 1.5 / 2 flows.
    [InlineData(-1.0, 1.5, 1.5, 0.75, 1)]
    public void Policy_gradient_follows_the_clipped_surrogate(double advantage, double ratio, double loss, double gradient, int clipped)
    {
        var sums = default(PpoLossSums);
        double dLogProb = PpoObjective.PolicyGradient(Math.Log(ratio), 0f, advantage, 0.2f, minibatch: 2, ref sums);
        Assert.Equal(gradient, dLogProb, 6);
        Assert.Equal(loss, sums.Policy, 6);
        Assert.Equal(clipped, sums.ClipFraction);
        Assert.Equal(ratio - 1 - Math.Log(ratio), sums.ApproxKl, 12);
    }

    [Theory]
    // v = 2, R = 0, V_old = 1: (v − R)² = 4 beats the clipped (1.2 − 0)² = 1.44, so the loss is 2 and ∂ = 0.5·(v − R).
    [InlineData(2.0, 0.0, 1.0, 2.0, 1.0)]
    // v = 1.1 lies inside V_old ± 0.2: both terms equal 3.61, the gradient 0.5·(1.1 − 3) flows.
    [InlineData(1.1, 3.0, 1.0, 1.805, -0.95)]
    // v = 1.5, R = 3: the clipped (1.2 − 3)² = 3.24 beats 2.25 and v is outside the band, so there is no gradient.
    [InlineData(1.5, 3.0, 1.0, 1.62, 0.0)]
    public void Value_gradient_follows_the_clipped_value_loss(double value, double target, double oldValue, double loss, double gradient)
    {
        var sums = default(PpoLossSums);
        float grad = PpoObjective.ValueGradient(value, target, oldValue, clipValueLoss: true, clipCoef: 0.2f, vfCoef: 0.5f, minibatch: 1, ref sums);
        Assert.Equal(gradient, grad, 5);
        Assert.Equal(loss, sums.Value, 5);
    }

    [Fact]
    public void Categorical_gradient_matches_finite_differences_of_log_prob_and_entropy()
    {
        float[] logits = [0.3f, -1.2f, 0.8f];
        const int action = 2;
        const double dLogProb = -0.7;
        const float entCoef = 0.05f;

        // The loss whose logit gradient CategoricalGradient writes: dLogProb·log π(a) − entCoef·H, for a minibatch of 1.
        static double Loss(double[] z) => (dLogProb * LogSoftmax(z)[action]) - (entCoef * Entropy(z));

        float[] probs = Softmax(logits.Select(x => (double)x).ToArray()).Select(p => (float)p).ToArray();
        float[] grad = new float[3];
        double entropy = PpoObjective.CategoricalGradient(probs, action, dLogProb, entCoef, minibatch: 1, grad);

        Assert.Equal(Entropy(logits.Select(x => (double)x).ToArray()), entropy, 5);
        for (int k = 0; k < 3; k++)
        {
            double[] up = logits.Select(x => (double)x).ToArray();
            double[] down = logits.Select(x => (double)x).ToArray();
            up[k] += 1e-5;
            down[k] -= 1e-5;
            Assert.Equal((Loss(up) - Loss(down)) / 2e-5, grad[k], 4);
        }
    }

    [Fact]
    public void Learning_rate_anneals_linearly_to_zero()
    {
        // 1000 steps at 100 per iteration: iteration 1 keeps the full rate, iteration 6 has half, iteration 11 none.
        Assert.Equal(0.01f, PpoObjective.AnnealedLearningRate(0.01f, 1, 1000, 100));
        Assert.Equal(0.005f, PpoObjective.AnnealedLearningRate(0.01f, 6, 1000, 100), 6);
        Assert.Equal(0f, PpoObjective.AnnealedLearningRate(0.01f, 11, 1000, 100));
    }

    private static double[] Softmax(double[] z)
    {
        double max = z.Max();
        double[] e = z.Select(x => Math.Exp(x - max)).ToArray();
        double sum = e.Sum();
        return e.Select(x => x / sum).ToArray();
    }

    private static double[] LogSoftmax(double[] z) => Softmax(z).Select(p => Math.Log(p)).ToArray();

    private static double Entropy(double[] z) => -Softmax(z).Sum(p => p * Math.Log(p));
}
