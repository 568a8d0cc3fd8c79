using Agora.Core.Randomness;
using Agora.Neural;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using BenchmarkDotNet.Attributes;

namespace Agora.Benchmarks;

/// <summary>
/// The batch-1 forward pass of a 32→64→64→8 ReLU MLP with biases, what an RL actor calls every step: through the
/// autodiff ops (<see cref="Mlp.Forward"/> without a tape, the baseline) and through <see cref="MlpInference"/>'s
/// matrix-vector kernel on packed weights.
/// </summary>
/// <remarks>
/// Results: docs/benchmarks/neural.md. The target in issue 8 is at most 1.5 µs. Min and median columns are shown
/// because the shared 2-core build machine is often oversubscribed, which inflates the mean.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class MlpForwardBenchmarks
{
    private Mlp _mlp = null!;
    private MlpInference _inference = null!;
    private Tensor _x = null!;
    private float[] _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new AgoraRandom(1);
        _mlp = new Mlp([32, 64, 64, 8], Activation.Relu, bias: true, rng.Fork("mlp"));
        _inference = new MlpInference(_mlp);
        var data = rng.Fork("data");
        _input = new float[32];
        for (int i = 0; i < _input.Length; i++)
        {
            _input[i] = (float)data.NextGaussian();
        }

        _x = Tensor.From(new TensorShape(1, 32), _input);
    }

    [Benchmark(Baseline = true)]
    public float AutodiffForwardBatch1() => _mlp.Forward(null, _x)[0];

    [Benchmark]
    public float MlpInferenceBatch1() => _inference.Run(_input)[0];
}
