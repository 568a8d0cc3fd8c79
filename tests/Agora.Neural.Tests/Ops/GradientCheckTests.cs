using Agora.Core.Randomness;
using Agora.Neural.Modules;
using Agora.Neural.Ops;

namespace Agora.Neural.Tests.Ops;

public sealed class GradientCheckTests
{
    private static AgoraRandom Rng(string key) => new AgoraRandom(2024).Fork(key);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Linear(bool bias)
    {
        var rng = Rng("linear");
        var x = GradCheck.Random(rng.Fork("x"), new TensorShape(2, 3, 5));
        var w = GradCheck.Random(rng.Fork("w"), new TensorShape(4, 5));
        var b = bias ? GradCheck.Random(rng.Fork("b"), new TensorShape(4)) : null;
        var op = new LinearOp();
        GradCheck.Check(t => op.Forward(t, x, w, b), b is null ? [x, w] : [x, w, b]);
    }

    [Fact]
    public void MatMul()
    {
        var rng = Rng("matmul");
        var a = GradCheck.Random(rng.Fork("a"), new TensorShape(3, 70));
        var b = GradCheck.Random(rng.Fork("b"), new TensorShape(70, 4));
        var op = new MatMulOp();
        GradCheck.Check(t => op.Forward(t, a, b), [a, b]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void AddAndMultiplyWithBroadcast(bool multiply, bool broadcast)
    {
        var rng = Rng("add");
        var a = GradCheck.Random(rng.Fork("a"), new TensorShape(2, 3, 4));
        var b = GradCheck.Random(rng.Fork("b"), broadcast ? new TensorShape(3, 4) : new TensorShape(2, 3, 4));
        var op = new AddOp(multiply);
        GradCheck.Check(t => op.Forward(t, a, b), [a, b]);
    }

    [Theory]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.Gelu)]
    [InlineData(Activation.Tanh)]
    public void Activations(Activation kind)
    {
        var x = GradCheck.Random(Rng("act"), new TensorShape(4, 6), awayFromZero: 0.05);
        var op = new ActivationOp(kind);
        GradCheck.Check(t => op.Forward(t, x), [x]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LayerNorm(bool beta)
    {
        var rng = Rng("ln");
        var x = GradCheck.Random(rng.Fork("x"), new TensorShape(3, 8), scale: 2);
        var g = GradCheck.Random(rng.Fork("g"), new TensorShape(8));
        var b = beta ? GradCheck.Random(rng.Fork("b"), new TensorShape(8)) : null;
        var op = new LayerNormOp();
        GradCheck.Check(t => op.Forward(t, x, g, b), b is null ? [x, g] : [x, g, b]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SoftmaxAndLogSoftmax(bool log)
    {
        var x = GradCheck.Random(Rng("softmax"), new TensorShape(3, 7), scale: 2);
        var op = new SoftmaxOp(log);
        GradCheck.Check(t => op.Forward(t, x), [x]);
    }

    [Fact]
    public void CausalMaskThenSoftmax()
    {
        var x = GradCheck.Random(Rng("mask"), new TensorShape(2, 5, 5));
        var mask = new CausalMaskOp();
        var softmax = new SoftmaxOp();
        GradCheck.Check(t => softmax.Forward(t, mask.Forward(t, x)), [x]);
        Assert.Equal(0f, softmax.Output[3]);
        Assert.Equal(1f, softmax.Output[0]);
    }

    [Fact]
    public void Embedding()
    {
        var table = GradCheck.Random(Rng("emb"), new TensorShape(5, 3));
        int[] ids = [4, 1, 4, 0, 2, 1];
        var op = new EmbeddingOp();
        GradCheck.Check(t => op.Forward(t, table, ids, new TensorShape(2, 3, 3)), [table]);
    }

    [Fact]
    public void CrossEntropy()
    {
        var logits = GradCheck.Random(Rng("ce"), new TensorShape(2, 3, 6), scale: 2);
        int[] targets = [0, 5, 2, 3, 3, 1];
        var op = new CrossEntropyOp();
        GradCheck.Check(t => op.Forward(t, logits, targets), [logits]);
    }

    [Fact]
    public void MeanSquaredError()
    {
        var rng = Rng("mse");
        var p = GradCheck.Random(rng.Fork("p"), new TensorShape(4, 3));
        var y = GradCheck.Random(rng.Fork("y"), new TensorShape(4, 3), requiresGrad: false);
        var op = new MseLossOp();
        GradCheck.Check(t => op.Forward(t, p, y), [p]);
    }

    [Theory]
    [InlineData(AttentionKind.Softmax, 1)]
    [InlineData(AttentionKind.Softmax, 2)]
    [InlineData(AttentionKind.Relu, 1)]
    [InlineData(AttentionKind.Relu, 2)]
    public void Attention(AttentionKind kind, int heads)
    {
        var rng = Rng("attn");
        var shape = new TensorShape(2, 5, 4);
        var q = GradCheck.Random(rng.Fork("q"), shape);
        var k = GradCheck.Random(rng.Fork("k"), shape);
        var v = GradCheck.Random(rng.Fork("v"), shape);
        var op = new AttentionOp(heads, kind);
        // A small step keeps ReLU attention's scores on one side of their kink.
        GradCheck.Check(t => op.Forward(t, q, k, v), [q, k, v], h: 1e-3, atol: 5e-3);
    }

    [Fact]
    public void AttentionWithAZeroedHeadHasNoGradientThroughIt()
    {
        var rng = Rng("attn-zero");
        var shape = new TensorShape(1, 4, 4);
        var q = GradCheck.Random(rng.Fork("q"), shape);
        var k = GradCheck.Random(rng.Fork("k"), shape);
        var v = GradCheck.Random(rng.Fork("v"), shape);
        var op = new AttentionOp(2, AttentionKind.Softmax);
        op.HeadScale[1] = 0f;
        GradCheck.Check(t => op.Forward(t, q, k, v), [q, k, v], h: 1e-3, atol: 5e-3);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(0f, op.Output[(i * 4) + 2]);
            Assert.Equal(0f, v.GradSpan[(i * 4) + 3]);
        }
    }

    [Theory]
    [InlineData(AttentionKind.Softmax)]
    [InlineData(AttentionKind.Relu)]
    public void WholeTransformer(AttentionKind kind)
    {
        var options = new TransformerOptions { VocabSize = 7, Dim = 8, Heads = 2, Layers = 2, MaxLength = 6, Attention = kind, Bias = true };
        var model = new Transformer(options, new AgoraRandom(5));
        int[] tokens = [1, 2, 3, 4, 5, 6, 0, 6, 5, 4];
        int[] targets = [2, 3, 4, 5, 6, 0, 6, 5, 4, 3];
        var ce = new CrossEntropyOp();
        GradCheck.Check(t => ce.Forward(t, model.Forward(t, tokens, 2, 5), targets), [.. model.Parameters], h: 1e-3, atol: 3e-3, maxPerInput: 6);
    }

    [Fact]
    public void Mlp()
    {
        var model = new Mlp([5, 7, 3], Activation.Tanh, bias: true, new AgoraRandom(3));
        var x = GradCheck.Random(Rng("mlp"), new TensorShape(4, 5));
        GradCheck.Check(t => model.Forward(t, x), [x, .. model.Parameters]);
    }
}
