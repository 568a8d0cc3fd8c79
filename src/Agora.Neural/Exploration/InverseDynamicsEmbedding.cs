using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Exploration;

/// <summary>
/// An embedding φ learned by an inverse-dynamics model: an encoder φ(s) and a head that predicts the action a from
/// (φ(s), φ(s')), trained with cross-entropy, as E3B's embedding.
/// </summary>
/// <remarks>
/// <para>
/// Pathak et al., "Curiosity-driven Exploration by Self-supervised Prediction" (ICML 2017) for the inverse model;
/// Henaff et al. (NeurIPS 2022, ICML 2023; facebookresearch/e3b) use it so that φ keeps only what the agent controls.
/// Encoder: MLP obs → hidden → hidden → d (ReLU); head: MLP 2d → hidden → actions. Recorded transitions fill a batch
/// of <see cref="LearnedModelOptions.BatchSize"/>; when it is full the model takes
/// <see cref="LearnedModelOptions.StepsPerBatch"/> AdamW steps on it and starts a new batch (the paper trains on the
/// learner's batches the same way). The encoder runs once on the 2B stacked rows (s then s'); the head runs on a
/// separate tape and its input gradient is scattered back into the encoder output before the encoder's backward pass.
/// </para>
/// <para>Deterministic for a seed. Training allocates nothing after the first batch.</para>
/// </remarks>
public sealed class InverseDynamicsEmbedding : IEmbedding
{
    private readonly LearnedModelOptions _o;
    private readonly int _obsSize;
    private readonly int _numActions;
    private readonly Mlp _encoder;
    private readonly Mlp _head;
    private readonly AdamW _optimizer;
    private readonly List<Tensor> _parameters;
    private readonly Tape _encoderTape = new();
    private readonly Tape _headTape = new();
    private readonly CrossEntropyOp _loss = new();
    private readonly Tensor _single;
    private readonly Tensor _pairs;
    private readonly Tensor _headInput;
    private readonly int[] _actions;
    private int _filled;

    /// <summary>Creates the model.</summary>
    /// <param name="observationSize">Floats per observation.</param>
    /// <param name="numActions">Discrete actions.</param>
    /// <param name="options">Sizes and schedule; defaults when null.</param>
    /// <param name="seed">Seeds the initialisation.</param>
    public InverseDynamicsEmbedding(int observationSize, int numActions, LearnedModelOptions? options = null, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(observationSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(numActions, 2);
        _o = options ?? new LearnedModelOptions();
        _obsSize = observationSize;
        _numActions = numActions;
        var rng = new AgoraRandom(seed).Fork("inverse-dynamics");
        int d = _o.OutputSize;
        _encoder = new Mlp([observationSize, _o.Hidden, _o.Hidden, d], Activation.Relu, bias: true, rng, "encoder");
        _head = new Mlp([2 * d, _o.Hidden, numActions], Activation.Relu, bias: true, rng, "inverse");
        _parameters = [.. _encoder.Parameters, .. _head.Parameters];
        _optimizer = new AdamW(_parameters, new AdamWOptions { LearningRate = _o.LearningRate, WeightDecay = 0 });
        _single = new Tensor(new TensorShape(1, observationSize));
        _pairs = new Tensor(new TensorShape(2 * _o.BatchSize, observationSize));
        _headInput = new Tensor(new TensorShape(_o.BatchSize, 2 * d), requiresGrad: true);
        _actions = new int[_o.BatchSize];
    }

    /// <inheritdoc />
    public int Dimension => _o.OutputSize;

    /// <summary>Completed training rounds.</summary>
    public int TrainingRounds { get; private set; }

    /// <summary>The inverse-dynamics cross-entropy of the latest round (before its steps).</summary>
    public double LastLoss { get; private set; } = double.NaN;

    /// <inheritdoc />
    public void Embed(ReadOnlySpan<float> observation, Span<float> destination)
    {
        Scale(observation, _single.Span);
        Tensor phi = _encoder.Forward(null, _single);
        phi.Span.CopyTo(destination);
    }

    /// <summary>The head's action probabilities for a transition, for tests and diagnostics.</summary>
    /// <param name="observation">s.</param>
    /// <param name="nextObservation">s'.</param>
    /// <param name="probabilities">One entry per action.</param>
    public void PredictAction(ReadOnlySpan<float> observation, ReadOnlySpan<float> nextObservation, Span<float> probabilities)
    {
        int d = Dimension;
        var input = new Tensor(new TensorShape(1, 2 * d));
        Embed(observation, input.Span[..d]);
        Embed(nextObservation, input.Span[d..]);
        Tensor logits = _head.Forward(null, input);
        SoftmaxOp.RowForward(logits.Span, probabilities, log: false);
    }

    /// <inheritdoc />
    public void Record(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        if ((uint)action >= (uint)_numActions)
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, $"The action must be below {_numActions}.");
        }

        int b = _o.BatchSize;
        Scale(observation, _pairs.Span.Slice(_filled * _obsSize, _obsSize));
        Scale(nextObservation, _pairs.Span.Slice((b + _filled) * _obsSize, _obsSize));
        _actions[_filled] = action;
        if (++_filled == b)
        {
            _filled = 0;
            Train();
        }
    }

    private void Train()
    {
        int b = _o.BatchSize;
        int d = Dimension;
        for (int step = 0; step < _o.StepsPerBatch; step++)
        {
            _encoderTape.Clear();
            _headTape.Clear();
            _optimizer.ZeroGrad();
            Tensor phi = _encoder.Forward(_encoderTape, _pairs);
            Span<float> h = _headInput.Span;
            for (int r = 0; r < b; r++)
            {
                phi.Span.Slice(r * d, d).CopyTo(h.Slice(r * 2 * d, d));
                phi.Span.Slice((b + r) * d, d).CopyTo(h.Slice((r * 2 * d) + d, d));
            }

            _headInput.ZeroGrad();
            Tensor logits = _head.Forward(_headTape, _headInput);
            Tensor loss = _loss.Forward(_headTape, logits, _actions);
            if (step == 0)
            {
                LastLoss = loss.Span[0];
            }

            _headTape.Backward(loss);
            ReadOnlySpan<float> gh = _headInput.GradSpan;
            Span<float> gphi = phi.GradSpan;
            for (int r = 0; r < b; r++)
            {
                gh.Slice(r * 2 * d, d).CopyTo(gphi.Slice(r * d, d));
                gh.Slice((r * 2 * d) + d, d).CopyTo(gphi.Slice((b + r) * d, d));
            }

            _encoderTape.BackwardFromSeed();
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
