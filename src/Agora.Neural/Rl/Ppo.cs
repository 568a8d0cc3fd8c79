using Agora.Core.Agents;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Rl;

/// <summary>
/// Proximal Policy Optimization for discrete actions, following CleanRL's <c>ppo.py</c> line by line: separate
/// 64-64 tanh actor and critic with orthogonal init, GAE, clipped surrogate, clipped value loss, per-minibatch
/// advantage normalisation, entropy bonus, global grad-norm clipping and linear learning-rate annealing.
/// </summary>
/// <remarks>
/// <para>
/// Schulman et al., "Proximal Policy Optimization Algorithms", arXiv:1707.06347 (2017); GAE: Schulman et al.,
/// ICLR 2016; implementation details: Huang et al., "The 37 Implementation Details of PPO", ICLR Blog Track 2022.
/// </para>
/// <para>
/// As an <see cref="IAgent"/>: <see cref="Act"/> is called once per vector step with one row per env copy and records
/// the observation, action, log-probability and value; <see cref="Observe"/> records rewards and done flags and, every
/// <see cref="PpoOptions.NumSteps"/> steps, runs the update. Gradients of the loss with respect to the network outputs
/// are written by hand (they are short, and keep the whole algorithm in this file) and back-propagated with the tape.
/// Like CleanRL, a truncated episode is treated as done (no bootstrap).
/// </para>
/// </remarks>
public sealed class Ppo : IAgent
{
    private readonly PpoOptions _o;
    private readonly int _obsSize;
    private readonly int _numActions;
    private readonly Mlp _actor;
    private readonly Mlp _critic;
    private readonly AdamW _optimizer;
    private readonly Tape _tape = new();
    private readonly List<Tensor> _parameters;

    // Rollout storage, [NumSteps × NumEnvs (× ...)] as in CleanRL.
    private readonly float[] _obs;
    private readonly int[] _actions;
    private readonly float[] _logProbs;
    private readonly float[] _rewards;
    private readonly float[] _dones;
    private readonly float[] _values;
    private readonly float[] _advantages;
    private readonly float[] _returns;
    private readonly float[] _nextDone;
    private readonly int[] _indices;
    private readonly Tensor _actInput;
    private readonly Tensor _batchInput;
    private readonly float[] _probs;
    private AgoraRandom _rng;
    private int _step;
    private int _iteration;

    /// <summary>Creates the learner.</summary>
    /// <param name="observationSize">Floats per observation.</param>
    /// <param name="numActions">Discrete actions.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds the network initialisation, sampling and shuffling.</param>
    public Ppo(int observationSize, int numActions, PpoOptions? options = null, ulong seed = 1)
    {
        _o = options ?? new PpoOptions();
        _obsSize = observationSize;
        _numActions = numActions;
        var root = new AgoraRandom(seed);
        var init = root.Fork("init");
        _actor = new Mlp([observationSize, _o.Hidden, _o.Hidden, numActions], Activation.Tanh, bias: true, init.Fork("actor"), "actor");
        _critic = new Mlp([observationSize, _o.Hidden, _o.Hidden, 1], Activation.Tanh, bias: true, init.Fork("critic"), "critic");
        OrthogonalInit.Apply(_actor.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actor.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actor.Layers[2], 0.01, ref init);
        OrthogonalInit.Apply(_critic.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[2], 1.0, ref init);
        _parameters = [.. _actor.Parameters, .. _critic.Parameters];
        _optimizer = new AdamW(_parameters, new AdamWOptions { LearningRate = _o.LearningRate, Epsilon = 1e-5f, WeightDecay = 0 });
        int batch = _o.BatchSize;
        _obs = new float[batch * observationSize];
        _actions = new int[batch];
        _logProbs = new float[batch];
        _rewards = new float[batch];
        _dones = new float[batch];
        _values = new float[batch];
        _advantages = new float[batch];
        _returns = new float[batch];
        _nextDone = new float[_o.NumEnvs];
        _indices = new int[batch];
        _actInput = new Tensor(new TensorShape(_o.NumEnvs, observationSize));
        _batchInput = new Tensor(new TensorShape(_o.MinibatchSize, observationSize));
        _probs = new float[numActions];
        _rng = root.Fork("act");
        Reset(seed);
    }

    /// <inheritdoc />
    public string Name => "ppo";

    /// <summary>The number of completed updates.</summary>
    public int Iterations => _iteration;

    /// <summary>Diagnostics of the latest update (CleanRL's <c>losses/*</c>).</summary>
    public PpoLosses LastLosses { get; private set; } = new(0, 0, 0, 0, 0);

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        _rng = new AgoraRandom(seed).Fork("act");
        _step = 0;
        Array.Clear(_nextDone);
    }

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        if (actions.Length != _o.NumEnvs)
        {
            throw new ArgumentException($"PPO was built for {_o.NumEnvs} env copies; got {actions.Length} rows.", nameof(actions));
        }

        // ALGO LOGIC: action logic (no gradient).
        observations[..(_o.NumEnvs * _obsSize)].CopyTo(_actInput.Span);
        Tensor logits = _actor.Forward(null, _actInput);
        Tensor values = _critic.Forward(null, _actInput);
        int offset = _step * _o.NumEnvs;
        observations[..(_o.NumEnvs * _obsSize)].CopyTo(_obs.AsSpan(offset * _obsSize));
        for (int e = 0; e < _o.NumEnvs; e++)
        {
            ReadOnlySpan<float> row = logits.Span.Slice(e * _numActions, _numActions);
            SoftmaxOp.RowForward(row, _probs, log: false);
            double u = _rng.NextDouble();
            int a = _numActions - 1;
            double cumulative = 0;
            for (int k = 0; k < _numActions; k++)
            {
                cumulative += _probs[k];
                if (u < cumulative)
                {
                    a = k;
                    break;
                }
            }

            actions[e] = a;
            _actions[offset + e] = a;
            _logProbs[offset + e] = LogSoftmaxAt(row, a);
            _values[offset + e] = values.Span[e];
            _dones[offset + e] = _nextDone[e];
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        int offset = _step * _o.NumEnvs;
        for (int e = 0; e < _o.NumEnvs; e++)
        {
            _rewards[offset + e] = transition.Rewards[e];
            _nextDone[e] = transition.Terminated[e] || transition.Truncated[e] ? 1f : 0f;
        }

        _step++;
        if (_step == _o.NumSteps)
        {
            _step = 0;
            ComputeAdvantages(transition.NextObservations);
            Update();
        }
    }

    /// <summary>GAE(γ, λ) backwards over the rollout, bootstrapping from the critic's value of the next observations.</summary>
    private void ComputeAdvantages(ReadOnlySpan<float> nextObservations)
    {
        nextObservations[..(_o.NumEnvs * _obsSize)].CopyTo(_actInput.Span);
        Tensor nextValue = _critic.Forward(null, _actInput);
        Gae.Compute(_rewards, _values, _dones, _nextDone, nextValue.Span, _o.NumSteps, _o.Gamma, _o.GaeLambda, _advantages, _returns);
    }

    private void Update()
    {
        _iteration++;
        if (_o.AnnealLr)
        {
            _optimizer.LearningRate = PpoObjective.AnnealedLearningRate(_o.LearningRate, _iteration, _o.TotalTimesteps, _o.BatchSize);
        }

        int mb = _o.MinibatchSize;
        for (int i = 0; i < _indices.Length; i++)
        {
            _indices[i] = i;
        }

        var sums = default(PpoLossSums);
        int count = 0;
        for (int epoch = 0; epoch < _o.UpdateEpochs; epoch++)
        {
            _rng.Shuffle(_indices.AsSpan());
            for (int start = 0; start + mb <= _indices.Length; start += mb)
            {
                ReadOnlySpan<int> idx = _indices.AsSpan(start, mb);
                for (int r = 0; r < mb; r++)
                {
                    _obs.AsSpan(idx[r] * _obsSize, _obsSize).CopyTo(_batchInput.Span.Slice(r * _obsSize, _obsSize));
                }

                _tape.Clear();
                _optimizer.ZeroGrad();
                Tensor logits = _actor.Forward(_tape, _batchInput);
                Tensor value = _critic.Forward(_tape, _batchInput);

                (double Mean, double Std) moments = PpoObjective.AdvantageMoments(_advantages, idx);
                for (int r = 0; r < mb; r++)
                {
                    int b = idx[r];
                    double adv = PpoObjective.Advantage(_advantages[b], moments, _o.NormAdv);
                    Span<float> z = logits.Span.Slice(r * _numActions, _numActions);
                    Span<float> gz = logits.GradSpan.Slice(r * _numActions, _numActions);
                    SoftmaxOp.RowForward(z, _probs, log: false);
                    double newLogProb = LogSoftmaxAt(z, _actions[b]);
                    double dLogProb = PpoObjective.PolicyGradient(newLogProb, _logProbs[b], adv, _o.ClipCoef, mb, ref sums);

                    sums.Entropy += PpoObjective.CategoricalGradient(_probs, _actions[b], dLogProb, _o.EntCoef, mb, gz);

                    value.GradSpan[r] = PpoObjective.ValueGradient(value.Span[r], _returns[b], _values[b], _o.ClipVloss, _o.ClipCoef, _o.VfCoef, mb, ref sums);
                }

                _tape.BackwardFromSeed();
                GradientClipping.ClipByGlobalNorm(_parameters, _o.MaxGradNorm);
                _optimizer.Step();
                count += mb;
            }
        }

        LastLosses = sums.Mean(count);
    }

    private static float LogSoftmaxAt(ReadOnlySpan<float> z, int a)
    {
        float max = float.NegativeInfinity;
        foreach (float v in z)
        {
            max = Math.Max(max, v);
        }

        double sum = 0;
        foreach (float v in z)
        {
            sum += Math.Exp(v - max);
        }

        return (float)(z[a] - max - Math.Log(sum));
    }
}

/// <summary>Mean losses and diagnostics of one PPO update, averaged over samples.</summary>
/// <param name="PolicyLoss">The clipped surrogate loss.</param>
/// <param name="ValueLoss">The (clipped) value loss, before VfCoef.</param>
/// <param name="Entropy">The policy entropy.</param>
/// <param name="ApproxKl">The k3 estimator (r − 1) − log r.</param>
/// <param name="ClipFraction">The fraction of samples with |r − 1| &gt; ε.</param>
public sealed record PpoLosses(double PolicyLoss, double ValueLoss, double Entropy, double ApproxKl, double ClipFraction);
