using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Exploration;

/// <summary>Random network distillation: a fixed random target network f and a predictor f̂ trained to match it; the novelty of s is ‖f̂(s) − f(s)‖₂.</summary>
/// <remarks>
/// <para>
/// Burda, Edwards, Storkey and Klimov, "Exploration by Random Network Distillation" (ICLR 2019). The error is large on
/// observations the predictor has rarely been trained on and shrinks as they recur. Target: MLP obs → hidden → out
/// (ReLU), never trained; predictor: MLP obs → hidden → hidden → out. Recorded observations fill a batch of
/// <see cref="LearnedModelOptions.BatchSize"/>; each full batch gets <see cref="LearnedModelOptions.StepsPerBatch"/>
/// AdamW steps on the mean squared error. The ICML 2023 code (facebookresearch/e3b) uses the L2 norm of the error as
/// the RND bonus, as here.
/// </para>
/// <para>Deterministic for a seed.</para>
/// </remarks>
public sealed class RandomNetworkDistillation
{
    private readonly LearnedModelOptions _o;
    private readonly int _obsSize;
    private readonly Mlp _target;
    private readonly Mlp _predictor;
    private readonly AdamW _optimizer;
    private readonly Tape _tape = new();
    private readonly MseLossOp _loss = new();
    private readonly Tensor _single;
    private readonly Tensor _batch;
    private readonly Tensor _targetValues;
    private int _filled;

    /// <summary>Creates both networks.</summary>
    /// <param name="observationSize">Floats per observation.</param>
    /// <param name="options">Sizes and schedule; defaults when null.</param>
    /// <param name="seed">Seeds both initialisations.</param>
    public RandomNetworkDistillation(int observationSize, LearnedModelOptions? options = null, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(observationSize, 1);
        _o = options ?? new LearnedModelOptions();
        _obsSize = observationSize;
        var rng = new AgoraRandom(seed).Fork("rnd");
        _target = new Mlp([observationSize, _o.Hidden, _o.OutputSize], Activation.Relu, bias: true, rng, "target");
        _predictor = new Mlp([observationSize, _o.Hidden, _o.Hidden, _o.OutputSize], Activation.Relu, bias: true, rng, "predictor");
        _optimizer = new AdamW(_predictor.Parameters, new AdamWOptions { LearningRate = _o.LearningRate, WeightDecay = 0 });
        _single = new Tensor(new TensorShape(1, observationSize));
        _batch = new Tensor(new TensorShape(_o.BatchSize, observationSize));
        _targetValues = new Tensor(new TensorShape(_o.BatchSize, _o.OutputSize));
    }

    /// <summary>Completed training rounds.</summary>
    public int TrainingRounds { get; private set; }

    /// <summary>The predictor's parameters (the target's are fixed).</summary>
    public IReadOnlyList<Tensor> TrainableParameters => _predictor.Parameters;

    /// <summary>The prediction error ‖f̂(s) − f(s)‖₂ of an observation.</summary>
    /// <param name="observation">s.</param>
    /// <returns>The error.</returns>
    public double Error(ReadOnlySpan<float> observation)
    {
        Scale(observation, _single.Span);
        ReadOnlySpan<float> target = _target.Forward(null, _single).Span;
        ReadOnlySpan<float> prediction = _predictor.Forward(null, _single).Span;
        double sum = 0;
        for (int i = 0; i < target.Length; i++)
        {
            double e = prediction[i] - target[i];
            sum += e * e;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Adds an observation to the training batch, training when the batch is full.</summary>
    /// <param name="observation">s.</param>
    public void Record(ReadOnlySpan<float> observation)
    {
        Scale(observation, _batch.Span.Slice(_filled * _obsSize, _obsSize));
        if (++_filled == _o.BatchSize)
        {
            _filled = 0;
            Train();
        }
    }

    private void Train()
    {
        _target.Forward(null, _batch).Span.CopyTo(_targetValues.Span);
        for (int step = 0; step < _o.StepsPerBatch; step++)
        {
            _tape.Clear();
            _optimizer.ZeroGrad();
            Tensor prediction = _predictor.Forward(_tape, _batch);
            Tensor loss = _loss.Forward(_tape, prediction, _targetValues);
            _tape.Backward(loss);
            _optimizer.Step();
        }

        TrainingRounds++;
    }

    private void Scale(ReadOnlySpan<float> observation, Span<float> destination)
    {
        if (observation.Length < _obsSize)
        {
            throw new ArgumentException($"The observation must have {_obsSize} entries; got {observation.Length}.", nameof(observation));
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(observation[.._obsSize], _o.InputScale, destination);
    }
}
