using Agora.Core.Randomness;
using Agora.Core.Testing;
using Agora.Neural.Autodiff;
using Agora.Neural.Backends;
using Agora.Neural.Checkpoints;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Tests.Modules;

public sealed class TrainingStepTests
{
    private sealed class Trainer
    {
        private readonly Tape _tape;
        private readonly CrossEntropyOp _ce = new();
        private readonly int[] _tokens;
        private readonly int[] _targets;
        private readonly int _batch;
        private readonly int _length;

        public Trainer(TransformerOptions options, int batch, int length, IComputeBackend backend, ulong seed = 1)
        {
            Model = new Transformer(options, new AgoraRandom(seed));
            Optimizer = new AdamW(Model.Parameters, new AdamWOptions { LearningRate = 1e-3f, Beta2 = 0.99f, WeightDecay = 1e-4f });
            _tape = new Tape(backend);
            _batch = batch;
            _length = length;
            var rng = new AgoraRandom(seed + 100);
            _tokens = new int[batch * length];
            _targets = new int[batch * length];
            for (int i = 0; i < _tokens.Length; i++)
            {
                _tokens[i] = rng.NextInt(options.VocabSize);
                _targets[i] = rng.NextInt(options.VocabSize);
            }
        }

        public Transformer Model { get; }

        public AdamW Optimizer { get; }

        public float Step()
        {
            _tape.Clear();
            Optimizer.ZeroGrad();
            Tensor loss = _ce.Forward(_tape, Model.Forward(_tape, _tokens, _batch, _length), _targets);
            _tape.Backward(loss);
            GradientClipping.ClipByGlobalNorm(Model.Parameters, 1f);
            Optimizer.Step();
            return loss[0];
        }
    }

    [Fact]
    public void TrainingStepAllocatesNothingAfterWarmUp()
    {
        var trainer = new Trainer(new TransformerOptions { VocabSize = 67, Dim = 16, Heads = 2, Layers = 2, MaxLength = 16 }, batch: 4, length: 16, CpuBackend.Serial);
        for (int i = 0; i < 3; i++)
        {
            trainer.Step();
        }

        Assert.Equal(0, AllocationMeter.SmallestOf(() =>
        {
            for (int i = 0; i < 5; i++)
            {
                trainer.Step();
            }
        }));
    }

    [Fact]
    public void MlpStepAllocatesNothingAfterWarmUp()
    {
        var mlp = new Mlp([32, 64, 64, 8], Activation.Relu, bias: true, new AgoraRandom(1));
        var opt = new AdamW(mlp.Parameters);
        var x = GradCheck.Random(new AgoraRandom(2), new TensorShape(64, 32), requiresGrad: false);
        var y = GradCheck.Random(new AgoraRandom(3), new TensorShape(64, 8), requiresGrad: false);
        var mse = new MseLossOp();
        var tape = new Tape();
        void Step()
        {
            tape.Clear();
            opt.ZeroGrad();
            tape.Backward(mse.Forward(tape, mlp.Forward(tape, x), y));
            opt.Step();
        }

        Step();
        Step();
        Assert.Equal(0, AllocationMeter.SmallestOf(() =>
        {
            for (int i = 0; i < 5; i++)
            {
                Step();
            }
        }));
    }

    [Fact]
    public void LossFallsOnAFixedBatch()
    {
        var trainer = new Trainer(new TransformerOptions { VocabSize = 11, Dim = 16, MaxLength = 8 }, batch: 4, length: 8, CpuBackend.Serial);
        float first = trainer.Step();
        float last = first;
        for (int i = 0; i < 60; i++)
        {
            last = trainer.Step();
        }

        Assert.True(last < 0.7f * first, $"loss {first} -> {last}");
    }

    [Fact]
    public void ThreadCountDoesNotChangeTrainedParameters()
    {
        var options = new TransformerOptions { VocabSize = 20, Dim = 32, Heads = 2, Layers = 1, MaxLength = 32 };
        var serial = new Trainer(options, 8, 32, new CpuBackend(1));
        var parallel = new Trainer(options, 8, 32, new CpuBackend(4));
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(serial.Step(), parallel.Step());
        }

        for (int p = 0; p < serial.Model.Parameters.Count; p++)
        {
            Assert.Equal(serial.Model.Parameters[p].Span.ToArray(), parallel.Model.Parameters[p].Span.ToArray());
        }
    }

    [Fact]
    public void SameSeedSameModelDifferentSeedDifferentModel()
    {
        var options = new TransformerOptions { VocabSize = 5, Dim = 8, MaxLength = 4 };
        var a = new Transformer(options, new AgoraRandom(9));
        var b = new Transformer(options, new AgoraRandom(9));
        var c = new Transformer(options, new AgoraRandom(10));
        Assert.Equal(a.Parameters[0].Span.ToArray(), b.Parameters[0].Span.ToArray());
        Assert.NotEqual(a.Parameters[0].Span.ToArray(), c.Parameters[0].Span.ToArray());
    }

    [Fact]
    public void PyTorchDefaultInitialisationBoundsAndMoments()
    {
        var model = new Transformer(new TransformerOptions { VocabSize = 67, Dim = 64, MaxLength = 64 }, new AgoraRandom(1));
        var fc1 = model.Parameters.Single(p => p.Name == "blocks.0.fc1.weight");
        var fc2 = model.Parameters.Single(p => p.Name == "blocks.0.fc2.weight");
        Assert.True(fc1.Span.ToArray().All(v => Math.Abs(v) <= 1 / 8f));
        Assert.True(fc2.Span.ToArray().All(v => Math.Abs(v) <= 1 / 16f));
        Assert.True(fc1.Span.ToArray().Max() > 0.12f);
        float[] emb = model.TokenEmbedding.Span.ToArray();
        double mean = emb.Average(), sd = Math.Sqrt(emb.Average(v => (v - mean) * (v - mean)));
        Assert.InRange(mean, -0.05, 0.05);
        Assert.InRange(sd, 0.95, 1.05);
        Assert.True(model.Parameters.Single(p => p.Name == "ln_f.weight").Span.ToArray().All(v => v == 1f));
        Assert.DoesNotContain(model.Parameters, p => p.Name!.EndsWith(".bias", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckpointRoundTripsAndRefusesMismatches()
    {
        var options = new TransformerOptions { VocabSize = 9, Dim = 8, MaxLength = 4, Bias = true };
        var a = new Transformer(options, new AgoraRandom(1));
        var b = new Transformer(options, new AgoraRandom(2));
        using var stream = new MemoryStream();
        Checkpoint.Save(stream, a.Parameters);
        stream.Position = 0;
        Checkpoint.Load(stream, b.Parameters);
        for (int p = 0; p < a.Parameters.Count; p++)
        {
            Assert.Equal(a.Parameters[p].Span.ToArray(), b.Parameters[p].Span.ToArray());
        }

        var wider = new Transformer(options with { Dim = 16 }, new AgoraRandom(1));
        stream.Position = 0;
        var ex = Assert.Throws<InvalidDataException>(() => Checkpoint.Load(stream, wider.Parameters));
        Assert.Contains("tok_emb.weight", ex.Message);
        Assert.Throws<InvalidDataException>(() => Checkpoint.Load(new MemoryStream([1, 2, 3, 4, 5]), a.Parameters));
    }
}
