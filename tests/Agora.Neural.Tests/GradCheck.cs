using Agora.Core.Randomness;
using Agora.Neural;
using Agora.Neural.Autodiff;

namespace Agora.Neural.Tests;

/// <summary>Central finite-difference checks of vector-Jacobian products.</summary>
internal static class GradCheck
{
    /// <summary>
    /// Checks ∂(Σ out ⊙ R)/∂input computed by the tape against (f(x + h) − f(x − h)) / 2h, with R random, for up to
    /// <paramref name="maxPerInput"/> coordinates of each input.
    /// </summary>
    public static void Check(Func<Tape?, Tensor> forward, Tensor[] inputs, double h = 1e-2, double atol = 2e-3, double rtol = 2e-2, int maxPerInput = 40, ulong seed = 7)
    {
        var rng = new AgoraRandom(seed);
        foreach (var x in inputs)
        {
            x.ZeroGrad();
        }

        var tape = new Tape();
        Tensor output = forward(tape);
        var r = new float[output.Length];
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = (float)rng.NextGaussian();
        }

        r.CopyTo(output.GradSpan);
        tape.BackwardFromSeed();
        var analytic = inputs.Select(x => x.GradSpan.ToArray()).ToArray();
        int checkedCount = 0;
        for (int k = 0; k < inputs.Length; k++)
        {
            Tensor x = inputs[k];
            int n = x.Length;
            int stride = Math.Max(1, n / maxPerInput);
            for (int i = 0; i < n; i += stride)
            {
                float original = x.Span[i];
                x.Span[i] = (float)(original + h);
                double plus = Objective(forward(null), r);
                x.Span[i] = (float)(original - h);
                double minus = Objective(forward(null), r);
                x.Span[i] = original;
                double numeric = (plus - minus) / (2 * h);
                double a = analytic[k][i];
                Assert.True(
                    Math.Abs(a - numeric) <= atol + (rtol * Math.Abs(numeric)),
                    $"input {k} ({x}) element {i}: analytic {a:G6} vs numeric {numeric:G6}");
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 0);
    }

    public static Tensor Random(AgoraRandom rng, TensorShape shape, double scale = 1, bool requiresGrad = true, double awayFromZero = 0)
    {
        var t = new Tensor(shape, requiresGrad);
        Span<float> s = t.Span;
        for (int i = 0; i < s.Length; i++)
        {
            double v = rng.NextGaussian() * scale;
            if (Math.Abs(v) < awayFromZero)
            {
                v = v < 0 ? v - awayFromZero : v + awayFromZero;
            }

            s[i] = (float)v;
        }

        return t;
    }

    private static double Objective(Tensor output, float[] r)
    {
        double sum = 0;
        ReadOnlySpan<float> o = output.Span;
        for (int i = 0; i < o.Length; i++)
        {
            sum += (double)o[i] * r[i];
        }

        return sum;
    }
}
