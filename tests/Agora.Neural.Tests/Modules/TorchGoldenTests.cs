using System.Text.Json;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Tests.Modules;

/// <summary>
/// Two AdamW steps of a tiny transformer against numbers PyTorch 1.13.1 (Debian python3-torch) computed once with
/// tools/torch-reference/one_step.py (output committed as Golden/torch-one-step.json).
/// </summary>
public sealed class TorchGoldenTests
{
    [Theory]
    [InlineData("softmax")]
    [InlineData("relu")]
    public void TwoAdamWStepsMatchPyTorch(string kind)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "torch-one-step.json")));
        var run = doc.RootElement.GetProperty("runs").EnumerateArray().Single(r => r.GetProperty("kind").GetString() == kind);
        var options = new TransformerOptions
        {
            VocabSize = 7, Dim = 8, Heads = 2, Layers = 2, MaxLength = 6, Bias = true,
            Attention = kind == "relu" ? AttentionKind.Relu : AttentionKind.Softmax,
        };
        var model = new Transformer(options, new AgoraRandom(0));
        foreach (var p in model.Parameters)
        {
            Span<float> s = p.Span;
            for (int i = 0; i < s.Length; i++)
            {
                s[i] = (float)(0.5 * Math.Sin((1.3 * i) + (0.7 * p.Name!.Length)));
            }
        }

        var opt = new AdamW(model.Parameters, new AdamWOptions { LearningRate = 1e-2f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f, WeightDecay = 0.01f });
        var tape = new Tape();
        var ce = new CrossEntropyOp();
        int[][] tokens = [[1, 2, 3, 4, 5, 6, 0, 6, 5, 4], [3, 3, 1, 0, 2, 5, 4, 6, 6, 1]];
        int[][] targets = [[2, 3, 4, 5, 6, 0, 6, 5, 4, 3], [3, 1, 0, 2, 2, 4, 6, 6, 1, 0]];
        var losses = run.GetProperty("losses").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int step = 0; step < 2; step++)
        {
            tape.Clear();
            opt.ZeroGrad();
            Tensor loss = ce.Forward(tape, model.Forward(tape, tokens[step], 2, 5), targets[step]);
            tape.Backward(loss);
            Assert.Equal(losses[step], loss[0], 5);
            if (step == 0)
            {
                foreach (var p in model.Parameters)
                {
                    var g = run.GetProperty("grads").GetProperty(p.Name!);
                    double norm = Math.Sqrt(p.GradSpan.ToArray().Sum(x => (double)x * x));
                    Assert.True(Math.Abs(norm - g.GetProperty("norm").GetDouble()) <= 1e-5 + (1e-4 * norm), $"{p.Name} grad norm {norm} vs {g.GetProperty("norm").GetDouble()}");
                    var first = g.GetProperty("first").EnumerateArray().Select(e => e.GetDouble()).ToArray();
                    for (int i = 0; i < first.Length; i++)
                    {
                        Assert.True(Math.Abs(p.GradSpan[i] - first[i]) <= 1e-6 + (1e-4 * Math.Abs(first[i])), $"{p.Name} grad[{i}] {p.GradSpan[i]} vs {first[i]}");
                    }
                }
            }

            opt.Step();
        }

        foreach (var p in model.Parameters)
        {
            // Softmax ignores a key bias (it shifts a whole row of scores), so its gradient is rounding noise (~1e-10)
            // and Adam's normalised step follows that noise's sign: nothing meaningful to compare after the update.
            if (run.GetProperty("grads").GetProperty(p.Name!).GetProperty("norm").GetDouble() < 1e-6)
            {
                continue;
            }

            var expected = run.GetProperty("params").GetProperty(p.Name!);
            var first = expected.GetProperty("first").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            for (int i = 0; i < first.Length; i++)
            {
                Assert.True(Math.Abs(p.Span[i] - first[i]) <= 2e-5, $"{p.Name}[{i}] {p.Span[i]} vs {first[i]}");
            }

            double sum = p.Span.ToArray().Sum(x => (double)x);
            Assert.True(Math.Abs(sum - expected.GetProperty("sum").GetDouble()) <= 1e-4 * Math.Max(1, p.Length / 10.0), $"{p.Name} sum {sum} vs {expected.GetProperty("sum").GetDouble()}");
        }
    }
}
