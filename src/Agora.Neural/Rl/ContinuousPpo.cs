using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Rl;

/// <summary>
/// Proximal Policy Optimization for continuous actions, following CleanRL's <c>ppo_continuous_action.py</c>: a
/// diagonal Gaussian policy whose mean is a 64-64 tanh network and whose log-std is a state-independent parameter, a
/// separate 64-64 tanh critic, GAE, clipped surrogate, clipped value loss, per-minibatch advantage normalisation,
/// global grad-norm clipping, linear learning-rate annealing, and CleanRL's observation/reward normalisation.
/// </summary>
/// <remarks>
/// <para>
/// Schulman et al., "Proximal Policy Optimization Algorithms", arXiv:1707.06347 (2017); Huang et al., "The 37
/// Implementation Details of PPO", ICLR Blog Track 2022 (the continuous-action details: state-independent log-std
/// initialised to 0, sum of per-dimension log-probabilities and entropies, action clipping outside the policy,
/// observation normalisation and clipping, reward scaling by the discounted return's running std and clipping).
/// </para>
/// <para>
/// Policy: a ~ N(μ(s), diag σ²), σ = exp(logσ). log π(a|s) = Σ_j [−(a_j − μ_j)²/(2σ_j²) − logσ_j − ½ log 2π];
/// entropy Σ_j [½ + ½ log 2π + logσ_j]. Gradients of the loss with respect to μ (back-propagated through the mean network
/// with the tape), logσ and the value are written by hand: ∂log π/∂μ_j = (a_j − μ_j)/σ_j², ∂log π/∂logσ_j =
/// (a_j − μ_j)²/σ_j² − 1, ∂H/∂logσ_j = 1.
/// </para>
/// <para>
/// Normalisation (CleanRL wraps each env in Gymnasium's wrappers; here the learner applies them so that the runner sees
/// raw returns): observations are standardised by running moments updated with every observation passed to
/// <see cref="Act"/>, then clipped to ±<see cref="ContinuousPpoOptions.Clip"/>; rewards are divided by the running std
/// of the discounted return G ← γ·G·(1 − terminated) + r (one set of moments shared by all copies) and clipped. Like
/// CleanRL, a truncated episode is treated as done (no bootstrap). Nothing is allocated per step.
/// </para>
/// </remarks>
public sealed class ContinuousPpo : IContinuousAgent
{
    private static readonly double HalfLog2Pi = 0.5 * Math.Log(2 * Math.PI);

    private readonly ContinuousPpoOptions _o;
    private readonly int _obsSize;
    private readonly int _actSize;
    private readonly Mlp _actorMean;
    private readonly Tensor _logStd;
    private readonly Mlp _critic;
    private readonly AdamW _optimizer;
    private readonly Tape _tape = new();
    private readonly List<Tensor> _parameters;
    private readonly RunningMoments _obsMoments;
    private readonly RunningMoments _returnMoments = new(1);
    private readonly double[] _discountedReturn;

    // Rollout storage, [NumSteps × NumEnvs (× ...)] as in CleanRL; observations are stored normalised.
    private readonly float[] _obs;
    private readonly float[] _actions;
    private readonly float[] _logProbs;
    private readonly float[] _rewards;
    private readonly float[] _dones;
    private readonly float[] _values;
    private readonly float[] _advantages;
    private readonly float[] _returns;
    private readonly float[] _nextDone;
    private readonly int[] _indices;
    private readonly double[] _logStdGrad;
    private readonly Tensor _actInput;
    private readonly Tensor _batchInput;
    private AgoraRandom _rng;
    private int _step;
    private int _iteration;

    /// <summary>Creates the learner.</summary>
    /// <param name="observationSize">Floats per observation.</param>
    /// <param name="actionSize">Floats per action.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds the network initialisation, sampling and shuffling.</param>
    public ContinuousPpo(int observationSize, int actionSize, ContinuousPpoOptions? options = null, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(observationSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(actionSize);
        _o = options ?? new ContinuousPpoOptions();
        if (_o.BatchSize % _o.NumMinibatches != 0)
        {
            throw new ArgumentException($"NumMinibatches ({_o.NumMinibatches}) must divide the batch ({_o.BatchSize}).", nameof(options));
        }

        _obsSize = observationSize;
        _actSize = actionSize;
        var root = new AgoraRandom(seed);
        var init = root.Fork("init");
        _critic = new Mlp([observationSize, _o.Hidden, _o.Hidden, 1], Activation.Tanh, bias: true, init.Fork("critic"), "critic");
        _actorMean = new Mlp([observationSize, _o.Hidden, _o.Hidden, actionSize], Activation.Tanh, bias: true, init.Fork("actor"), "actor_mean");
        OrthogonalInit.Apply(_critic.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[2], 1.0, ref init);
        OrthogonalInit.Apply(_actorMean.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actorMean.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actorMean.Layers[2], 0.01, ref init);
        _logStd = new Tensor(new TensorShape(1, actionSize), requiresGrad: true, name: "actor_logstd");
        _parameters = [.. _critic.Parameters, .. _actorMean.Parameters, _logStd];
        _optimizer = new AdamW(_parameters, new AdamWOptions { LearningRate = _o.LearningRate, Epsilon = 1e-5f, WeightDecay = 0 });
        _obsMoments = new RunningMoments(observationSize);
        _discountedReturn = new double[_o.NumEnvs];
        int batch = _o.BatchSize;
        _obs = new float[batch * observationSize];
        _actions = new float[batch * actionSize];
        _logProbs = new float[batch];
        _rewards = new float[batch];
        _dones = new float[batch];
        _values = new float[batch];
        _advantages = new float[batch];
        _returns = new float[batch];
        _nextDone = new float[_o.NumEnvs];
        _indices = new int[batch];
        _logStdGrad = new double[actionSize];
        _actInput = new Tensor(new TensorShape(_o.NumEnvs, observationSize));
        _batchInput = new Tensor(new TensorShape(_o.MinibatchSize, observationSize));
        _rng = root.Fork("act");
        Reset(seed);
    }

    /// <inheritdoc />
    public string Name => "ppo-continuous";

    /// <summary>The number of completed updates.</summary>
    public int Iterations => _iteration;

    /// <summary>The policy's current log standard deviations, one per action dimension.</summary>
    public ReadOnlySpan<float> LogStd => _logStd.Span;

    /// <summary>Diagnostics of the latest update (CleanRL's <c>losses/*</c>).</summary>
    public PpoLosses LastLosses { get; private set; } = new(0, 0, 0, 0, 0);

    /// <inheritdoc />
    /// <remarks>Clears the rollout position and done flags; the networks and normalisation statistics are kept.</remarks>
    public void Reset(ulong seed)
    {
        _rng = new AgoraRandom(seed).Fork("act");
        _step = 0;
        Array.Clear(_nextDone);
        Array.Clear(_discountedReturn);
    }

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, Span<float> actions)
    {
        int n = _o.NumEnvs;
        if (actions.Length != n * _actSize || observations.Length < n * _obsSize)
        {
            throw new ArgumentException($"PPO was built for {n} env copies of {_obsSize} observation and {_actSize} action floats.", nameof(actions));
        }

        // Observation normalisation (NormalizeObservation + clip), then the policy without a gradient.
        for (int e = 0; e < n; e++)
        {
            ReadOnlySpan<float> raw = observations.Slice(e * _obsSize, _obsSize);
            if (_o.NormalizeObservations)
            {
                _obsMoments.Add(raw);
            }

            Normalize(raw, _actInput.Span.Slice(e * _obsSize, _obsSize));
        }

        Tensor mean = _actorMean.Forward(null, _actInput);
        Tensor values = _critic.Forward(null, _actInput);
        int offset = _step * n;
        _actInput.Span.CopyTo(_obs.AsSpan(offset * _obsSize));
        for (int e = 0; e < n; e++)
        {
            double logProb = 0;
            for (int j = 0; j < _actSize; j++)
            {
                double logStd = _logStd.Span[j];
                double noise = _rng.NextGaussian();
                float a = (float)(mean.Span[(e * _actSize) + j] + (Math.Exp(logStd) * noise));
                actions[(e * _actSize) + j] = a;
                _actions[((offset + e) * _actSize) + j] = a;
                logProb += LogDensity(a, mean.Span[(e * _actSize) + j], logStd);
            }

            _logProbs[offset + e] = (float)logProb;
            _values[offset + e] = values.Span[e];
            _dones[offset + e] = _nextDone[e];
        }
    }

    /// <inheritdoc />
    public void Observe(in ContinuousTransition transition)
    {
        int offset = _step * _o.NumEnvs;
        for (int e = 0; e < _o.NumEnvs; e++)
        {
            double r = transition.Rewards[e];
            if (_o.NormalizeRewards)
            {
                // Gymnasium's NormalizeReward: G ← γ·G·(1 − terminated) + r; r / sqrt(Var[G] + 1e-8); then clipped.
                _discountedReturn[e] = (_discountedReturn[e] * _o.Gamma * (transition.Terminated[e] ? 0 : 1)) + r;
                _returnMoments.Add(_discountedReturn[e]);
                r = Math.Clamp(r / Math.Sqrt(_returnMoments.Variance(0) + 1e-8), -_o.Clip, _o.Clip);
            }

            _rewards[offset + e] = (float)r;
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

    private void Normalize(ReadOnlySpan<float> raw, Span<float> destination)
    {
        if (!_o.NormalizeObservations)
        {
            raw.CopyTo(destination);
            return;
        }

        ReadOnlySpan<double> mu = _obsMoments.Mean;
        for (int i = 0; i < raw.Length; i++)
        {
            double z = (raw[i] - mu[i]) / Math.Sqrt(_obsMoments.Variance(i) + 1e-8);
            destination[i] = (float)Math.Clamp(z, -_o.Clip, _o.Clip);
        }
    }

    /// <summary>GAE(γ, λ) backwards over the rollout, bootstrapping from the critic's value of the next observations.</summary>
    private void ComputeAdvantages(ReadOnlySpan<float> nextObservations)
    {
        int n = _o.NumEnvs;
        for (int e = 0; e < n; e++)
        {
            Normalize(nextObservations.Slice(e * _obsSize, _obsSize), _actInput.Span.Slice(e * _obsSize, _obsSize));
        }

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
                Tensor mean = _actorMean.Forward(_tape, _batchInput);
                Tensor value = _critic.Forward(_tape, _batchInput);
                Array.Clear(_logStdGrad);

                (double Mean, double Std) moments = PpoObjective.AdvantageMoments(_advantages, idx);
                double entropy = 0;
                for (int j = 0; j < _actSize; j++)
                {
                    entropy += 0.5 + HalfLog2Pi + _logStd.Span[j];
                }

                for (int r = 0; r < mb; r++)
                {
                    int b = idx[r];
                    double adv = PpoObjective.Advantage(_advantages[b], moments, _o.NormAdv);
                    double newLogProb = 0;
                    for (int j = 0; j < _actSize; j++)
                    {
                        newLogProb += LogDensity(_actions[(b * _actSize) + j], mean.Span[(r * _actSize) + j], _logStd.Span[j]);
                    }

                    double dLogProb = PpoObjective.PolicyGradient(newLogProb, _logProbs[b], adv, _o.ClipCoef, mb, ref sums);
                    sums.Entropy += entropy;
                    for (int j = 0; j < _actSize; j++)
                    {
                        double sigma2 = Math.Exp(2.0 * _logStd.Span[j]);
                        double diff = _actions[(b * _actSize) + j] - mean.Span[(r * _actSize) + j];
                        mean.GradSpan[(r * _actSize) + j] = (float)(dLogProb * diff / sigma2);
                        _logStdGrad[j] += dLogProb * ((diff * diff / sigma2) - 1);
                    }

                    value.GradSpan[r] = PpoObjective.ValueGradient(value.Span[r], _returns[b], _values[b], _o.ClipVloss, _o.ClipCoef, _o.VfCoef, mb, ref sums);
                }

                _tape.BackwardFromSeed();

                // The log-std is not on the tape: its gradient is the policy term summed above minus EntCoef·∂H/∂logσ.
                for (int j = 0; j < _actSize; j++)
                {
                    _logStd.GradSpan[j] = (float)(_logStdGrad[j] - _o.EntCoef);
                }

                GradientClipping.ClipByGlobalNorm(_parameters, _o.MaxGradNorm);
                _optimizer.Step();
                count += mb;
            }
        }

        LastLosses = sums.Mean(count);
    }

    /// <summary>log N(a; μ, exp(logσ)²).</summary>
    private static double LogDensity(double a, double mu, double logStd)
    {
        double z = (a - mu) / Math.Exp(logStd);
        return (-0.5 * z * z) - logStd - HalfLog2Pi;
    }
}
