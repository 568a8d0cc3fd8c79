using Agora.Core.Randomness;
using Agora.Neural;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// Agora.Neural on one thread: the spec's small transformer training step (V 67, D 64, 1 layer, 1 head, N 64, batch 32,
/// AdamW) and a 32→64→64→8 ReLU MLP training step (MSE, AdamW) at batch 1, 64 and 256. The MLP's batch-1 forward pass
/// is in <see cref="MlpForwardBenchmarks"/>.
/// </summary>
/// <remarks>The same shapes are timed in PyTorch by tools/torch-reference/bench.py (docs/benchmarks/neural.md).</remarks>
[MemoryDiagnoser]
public class NeuralBenchmarks
{
    private Transformer _transformer = null!;
    private AdamW _transformerOpt = null!;
    private int[] _tokens = null!;
    private int[] _targets = null!;
    private Mlp _mlp = null!;
    private AdamW _mlpOpt = null!;
    private Tensor _x = null!;
    private Tensor _y = null!;
    private readonly Tape _tape = new();
    private readonly CrossEntropyOp _ce = new();
    private readonly MseLossOp _mse = new();

    /// <summary>MLP batch size.</summary>
    [Params(1, 64, 256)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rng = new AgoraRandom(1);
        _transformer = new Transformer(new TransformerOptions { VocabSize = 67, Dim = 64, Layers = 1, Heads = 1, MaxLength = 64 }, rng.Fork("model"));
        _transformerOpt = new AdamW(_transformer.Parameters, new AdamWOptions { LearningRate = 1e-3f, Beta2 = 0.99f, WeightDecay = 1e-4f });
        var data = rng.Fork("data");
        _tokens = new int[32 * 64];
        _targets = new int[32 * 64];
        for (int i = 0; i < _tokens.Length; i++)
        {
            _tokens[i] = data.NextInt(67);
            _targets[i] = data.NextInt(67);
        }

        _mlp = new Mlp([32, 64, 64, 8], Activation.Relu, bias: true, rng.Fork("mlp"));
        _mlpOpt = new AdamW(_mlp.Parameters);
        _x = Fill(new Tensor(new TensorShape(Batch, 32)), ref data);
        _y = Fill(new Tensor(new TensorShape(Batch, 8)), ref data);
    }

    [Benchmark]
    public float TransformerTrainStep()
    {
        _tape.Clear();
        _transformerOpt.ZeroGrad();
        Tensor loss = _ce.Forward(_tape, _transformer.Forward(_tape, _tokens, 32, 64), _targets);
        _tape.Backward(loss);
        _transformerOpt.Step();
        return loss[0];
    }

    [Benchmark]
    public float MlpTrainStep()
    {
        _tape.Clear();
        _mlpOpt.ZeroGrad();
        Tensor loss = _mse.Forward(_tape, _mlp.Forward(_tape, _x), _y);
        _tape.Backward(loss);
        _mlpOpt.Step();
        return loss[0];
    }

    private static Tensor Fill(Tensor t, ref AgoraRandom rng)
    {
        Span<float> s = t.Span;
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (float)rng.NextGaussian();
        }

        return t;
    }
}
