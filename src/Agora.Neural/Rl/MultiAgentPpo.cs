using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Rl;

/// <summary>
/// PPO for cooperative multi-agent <see cref="VectorEnv"/>s with discrete, masked actions: the shared algorithm behind
/// <see cref="Ippo"/> (each agent's critic reads its own observation) and <see cref="Mappo"/> (a centralised critic
/// reads the copy's global state).
/// </summary>
/// <remarks>
/// <para>
/// Yu et al., "The Surprising Effectiveness of PPO in Cooperative Multi-Agent Games", NeurIPS 2022 (MAPPO); de Witt et
/// al., "Is Independent Learning All You Need in the StarCraft Multi-Agent Challenge?", 2020 (IPPO). The update is
/// CleanRL's <c>ppo.py</c> as in <see cref="Ppo"/>: GAE, clipped surrogate, clipped value loss, per-minibatch
/// advantage normalisation, entropy bonus, global grad-norm clipping, linear learning-rate annealing; a done
/// (terminated or truncated) is not bootstrapped.
/// </para>
/// <para>
/// Parameter sharing: all agents use one actor and one critic, and every input row ends with a one-hot of the agent's
/// index, so the agents can still behave differently (Terry et al. 2020; the MAPPO paper's default). Each agent's
/// own reward trains its own value (the critic sees the agent id). Actions are sampled from the softmax over the legal
/// actions only; illegal logits are dropped from the softmax in the rollout and in the loss. A row whose mask is all
/// false (the agent does not act) is treated as if every action were legal; the env ignores its action.
/// </para>
/// <para>
/// The rollout loop (<see cref="Train"/>) writes into buffers made in the constructor and runs the networks through
/// <see cref="MlpInference"/> (repacked after every update), so it allocates nothing per step (finished episodes go into the result list).
/// </para>
/// </remarks>
public abstract class MultiAgentPpo : IAgent
{
    private readonly MultiAgentPpoOptions _o;
    private readonly bool _centralCritic;
    private readonly int _agents;
    private readonly int _obsSize;
    private readonly int _stateSize;
    private readonly int _numActions;
    private readonly int _rows;
    private readonly int _actorIn;
    private readonly int _criticIn;
    private readonly Mlp _actor;
    private readonly Mlp _critic;
    private readonly AdamW _optimizer;
    private readonly Tape _tape = new();
    private readonly List<Tensor> _parameters;
    private readonly MlpInference _actorInference;
    private readonly MlpInference _criticInference;

    // Rollout storage, [NumSteps × rows (× width)] where rows = NumEnvs × agents, copy-major then agent-major.
    private readonly float[] _actorInputs;
    private readonly float[] _criticInputs;
    private readonly bool[] _masks;
    private readonly int[] _actions;
    private readonly float[] _logProbs;
    private readonly float[] _rewards;
    private readonly float[] _dones;
    private readonly float[] _values;
    private readonly float[] _advantages;
    private readonly float[] _returns;
    private readonly float[] _nextDone;
    private readonly int[] _indices;
    private readonly float[] _stepActor;
    private readonly float[] _stepCritic;
    private readonly float[] _states;
    private readonly Tensor _batchActor;
    private readonly Tensor _batchCritic;
    private readonly float[] _probs;
    private AgoraRandom _rng;
    private int _iteration;

    /// <summary>Creates the learner for environments of the given sizes.</summary>
    /// <param name="agents">Agents per copy.</param>
    /// <param name="observationSize">Floats per agent observation.</param>
    /// <param name="stateSize">Floats per copy's global state (read only when <paramref name="centralCritic"/>).</param>
    /// <param name="numActions">Discrete actions per agent.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds the network initialisation, sampling and shuffling.</param>
    /// <param name="centralCritic">Whether the critic reads the global state (MAPPO) rather than the agent's observation (IPPO).</param>
    private protected MultiAgentPpo(int agents, int observationSize, int stateSize, int numActions, MultiAgentPpoOptions? options, ulong seed, bool centralCritic)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(agents);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(observationSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numActions);
        _o = options ?? new MultiAgentPpoOptions();
        _centralCritic = centralCritic;
        _agents = agents;
        _obsSize = observationSize;
        _stateSize = stateSize;
        _numActions = numActions;
        _rows = _o.NumEnvs * agents;
        _actorIn = observationSize + agents;
        _criticIn = (centralCritic ? stateSize : observationSize) + agents;
        var root = new AgoraRandom(seed);
        var init = root.Fork("init");
        int h = _o.Hidden;
        _actor = new Mlp([_actorIn, h, h, numActions], Activation.Tanh, bias: true, init.Fork("actor"), "actor");
        _critic = new Mlp([_criticIn, h, h, 1], Activation.Tanh, bias: true, init.Fork("critic"), "critic");
        OrthogonalInit.Apply(_actor.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actor.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_actor.Layers[2], 0.01, ref init);
        OrthogonalInit.Apply(_critic.Layers[0], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[1], Math.Sqrt(2), ref init);
        OrthogonalInit.Apply(_critic.Layers[2], 1.0, ref init);
        _parameters = [.. _actor.Parameters, .. _critic.Parameters];
        _optimizer = new AdamW(_parameters, new AdamWOptions { LearningRate = _o.LearningRate, Epsilon = 1e-5f, WeightDecay = 0 });
        int batch = _o.NumSteps * _rows;
        _actorInputs = new float[batch * _actorIn];
        _criticInputs = new float[batch * _criticIn];
        _masks = new bool[batch * numActions];
        _actions = new int[batch];
        _logProbs = new float[batch];
        _rewards = new float[batch];
        _dones = new float[batch];
        _values = new float[batch];
        _advantages = new float[batch];
        _returns = new float[batch];
        _nextDone = new float[_rows];
        _indices = new int[batch];
        _stepActor = new float[_rows * _actorIn];
        _stepCritic = new float[_rows * _criticIn];
        _states = new float[_o.NumEnvs * Math.Max(stateSize, 1)];
        _actorInference = new MlpInference(_actor, _rows);
        _criticInference = new MlpInference(_critic, _rows);
        int mb = MinibatchSize;
        _batchActor = new Tensor(new TensorShape(mb, _actorIn));
        _batchCritic = new Tensor(new TensorShape(mb, _criticIn));
        _probs = new float[numActions];
        _rng = root.Fork("act");
    }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>The number of completed updates.</summary>
    public int Iterations => _iteration;

    /// <summary>Diagnostics of the latest update.</summary>
    public PpoLosses LastLosses { get; private set; } = new(0, 0, 0, 0, 0);

    private int MinibatchSize => Math.Max(1, _o.NumSteps * _rows / _o.NumMinibatches);

    /// <summary>
    /// Trains on <paramref name="env"/> until <paramref name="totalSteps"/> copy steps (summed over copies) have been
    /// taken; one update per <see cref="MultiAgentPpoOptions.NumSteps"/> steps.
    /// </summary>
    /// <param name="env">Copies in <see cref="AutoresetMode.SameStep"/> with the sizes given to the constructor and <see cref="MultiAgentPpoOptions.NumEnvs"/> copies.</param>
    /// <param name="totalSteps">The step budget.</param>
    /// <param name="envSeed">Seeds the environments.</param>
    /// <returns>Every finished episode, in order; the return is the team's (summed over agents).</returns>
    public IReadOnlyList<EpisodeRecord> Train(VectorEnv env, long totalSteps, ulong envSeed)
    {
        ArgumentNullException.ThrowIfNull(env);
        if (env.Mode != AutoresetMode.SameStep || env.Count != _o.NumEnvs || env.NumAgents != _agents || env.ObservationSize != _obsSize
            || env.NumActions != _numActions || (_centralCritic && env.StateSize != _stateSize) || env.ContinuousActionSpace is not null)
        {
            throw new ArgumentException($"{Name} needs {_o.NumEnvs} discrete-action copies of {_agents} agents (observation {_obsSize}, state {_stateSize}, {_numActions} actions) with SameStep autoreset.", nameof(env));
        }

        int copies = _o.NumEnvs;
        var actions = new int[_rows];
        var teamReturns = new double[copies];
        var lengths = new int[copies];
        var episodes = new List<EpisodeRecord>();
        env.Reset(envSeed);
        long step = 0;
        int t = 0;
        while (step < totalSteps)
        {
            // ALGO LOGIC: action logic (no gradient), every agent of every copy at once.
            WriteInputs(env, _stepActor, _stepCritic);
            ReadOnlySpan<float> logits = _actorInference.Run(_stepActor);
            ReadOnlySpan<float> values = _criticInference.Run(_stepCritic);
            int offset = t * _rows;
            _stepActor.CopyTo(_actorInputs.AsSpan(offset * _actorIn));
            _stepCritic.CopyTo(_criticInputs.AsSpan(offset * _criticIn));
            env.ActionMasks.CopyTo(_masks.AsSpan(offset * _numActions));
            for (int r = 0; r < _rows; r++)
            {
                ReadOnlySpan<bool> mask = _masks.AsSpan((offset + r) * _numActions, _numActions);
                MaskedSoftmax(logits.Slice(r * _numActions, _numActions), mask, _probs);
                int a = Sample(_probs, ref _rng);
                actions[r] = a;
                _actions[offset + r] = a;
                _logProbs[offset + r] = (float)Math.Log(_probs[a]);
                _values[offset + r] = values[r];
                _dones[offset + r] = _nextDone[r];
            }

            env.Step(actions);
            step += copies;
            for (int r = 0; r < _rows; r++)
            {
                _rewards[offset + r] = env.Rewards[r];
                _nextDone[r] = env.Terminated[r] || env.Truncated[r] ? 1f : 0f;
                teamReturns[r / _agents] += env.Rewards[r];
            }

            for (int c = 0; c < copies; c++)
            {
                lengths[c]++;
                if (env.HasFinalObservation[c])
                {
                    episodes.Add(new EpisodeRecord(step, teamReturns[c], lengths[c]));
                    teamReturns[c] = 0;
                    lengths[c] = 0;
                }
            }

            t++;
            if (t == _o.NumSteps)
            {
                t = 0;
                ComputeAdvantages(env);
                Update();
            }
        }

        return episodes;
    }

    /// <inheritdoc />
    public void Reset(ulong seed) => _rng = new AgoraRandom(seed).Fork("act");

    /// <summary>Samples one action per row from the masked policy; row i is agent <c>i mod agents</c>.</summary>
    /// <param name="observations">Observations, <c>[rows × observationSize]</c>.</param>
    /// <param name="actionMasks">Masks, <c>[rows × numActions]</c>.</param>
    /// <param name="actions">Receives the actions.</param>
    /// <remarks>Runs the actor on one row at a time through the autodiff module (it allocates); meant for evaluation, not for training loops.</remarks>
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        var input = new Tensor(new TensorShape(1, _actorIn));
        for (int r = 0; r < actions.Length; r++)
        {
            input.Span.Clear();
            CopyFeatures(observations.Slice(r * _obsSize, _obsSize), input.Span[.._obsSize]);
            input.Span[_obsSize + (r % _agents)] = 1f;
            Tensor logits = _actor.Forward(null, input);
            MaskedSoftmax(logits.Span, actionMasks.Slice(r * _numActions, _numActions), _probs);
            actions[r] = Sample(_probs, ref _rng);
        }
    }

    /// <summary>Does nothing: this learner trains through <see cref="Train"/>, which needs the global state.</summary>
    /// <param name="transition">Ignored.</param>
    public void Observe(in Transition transition)
    {
    }

    /// <summary>Writes the actor rows (observation, agent one-hot) and critic rows (observation or copy state, agent one-hot) of the env's current step.</summary>
    private void WriteInputs(VectorEnv env, Span<float> actor, Span<float> critic)
    {
        actor.Clear();
        critic.Clear();
        ReadOnlySpan<float> obs = env.Observations;
        if (_centralCritic)
        {
            env.WriteStates(_states);
        }

        for (int r = 0; r < _rows; r++)
        {
            int agent = r % _agents;
            ReadOnlySpan<float> own = obs.Slice(r * _obsSize, _obsSize);
            CopyFeatures(own, actor.Slice(r * _actorIn, _obsSize));
            actor[(r * _actorIn) + _obsSize + agent] = 1f;
            ReadOnlySpan<float> criticSource = _centralCritic ? _states.AsSpan((r / _agents) * _stateSize, _stateSize) : own;
            CopyFeatures(criticSource, critic.Slice(r * _criticIn, criticSource.Length));
            critic[(r * _criticIn) + criticSource.Length + agent] = 1f;
        }
    }

    /// <summary>Copies one input row, standardised over its features when <see cref="MultiAgentPpoOptions.FeatureNorm"/> is on.</summary>
    private void CopyFeatures(ReadOnlySpan<float> source, Span<float> destination)
    {
        source.CopyTo(destination);
        if (!_o.FeatureNorm || source.Length < 2)
        {
            return;
        }

        // LayerNorm without affine (the first linear layer can absorb one): (x − mean) / sqrt(var + 1e-5).
        double mean = 0, var = 0;
        foreach (float x in source)
        {
            mean += x;
        }

        mean /= source.Length;
        foreach (float x in source)
        {
            var += (x - mean) * (x - mean);
        }

        double scale = 1 / Math.Sqrt((var / source.Length) + 1e-5);
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = (float)((source[i] - mean) * scale);
        }
    }

    /// <summary>GAE(γ, λ) backwards over the rollout for every agent row, bootstrapping from the critic's value of the next step.</summary>
    private void ComputeAdvantages(VectorEnv env)
    {
        WriteInputs(env, _stepActor, _stepCritic);
        ReadOnlySpan<float> nextValue = _criticInference.Run(_stepCritic);
        Gae.Compute(_rewards, _values, _dones, _nextDone, nextValue, _o.NumSteps, _o.Gamma, _o.GaeLambda, _advantages, _returns);
    }

    private void Update()
    {
        _iteration++;
        if (_o.AnnealLr)
        {
            _optimizer.LearningRate = PpoObjective.AnnealedLearningRate(_o.LearningRate, _iteration, _o.TotalTimesteps, (long)_o.NumEnvs * _o.NumSteps);
        }

        int mb = MinibatchSize;
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
                    _actorInputs.AsSpan(idx[r] * _actorIn, _actorIn).CopyTo(_batchActor.Span.Slice(r * _actorIn, _actorIn));
                    _criticInputs.AsSpan(idx[r] * _criticIn, _criticIn).CopyTo(_batchCritic.Span.Slice(r * _criticIn, _criticIn));
                }

                _tape.Clear();
                _optimizer.ZeroGrad();
                Tensor logits = _actor.Forward(_tape, _batchActor);
                Tensor value = _critic.Forward(_tape, _batchCritic);

                (double Mean, double Std) moments = PpoObjective.AdvantageMoments(_advantages, idx);
                for (int r = 0; r < mb; r++)
                {
                    int b = idx[r];
                    double adv = PpoObjective.Advantage(_advantages[b], moments, _o.NormAdv);
                    Span<float> gz = logits.GradSpan.Slice(r * _numActions, _numActions);
                    MaskedSoftmax(logits.Span.Slice(r * _numActions, _numActions), _masks.AsSpan(b * _numActions, _numActions), _probs);
                    double newLogProb = Math.Log(_probs[_actions[b]]);
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
        _actorInference.Refresh();
        _criticInference.Refresh();
    }

    /// <summary>Softmax over the legal entries of <paramref name="logits"/> (all of them when none is legal); illegal ones get 0.</summary>
    private static void MaskedSoftmax(ReadOnlySpan<float> logits, ReadOnlySpan<bool> mask, Span<float> probs)
    {
        bool any = mask.Contains(true);
        float max = float.NegativeInfinity;
        for (int k = 0; k < logits.Length; k++)
        {
            if (!any || mask[k])
            {
                max = Math.Max(max, logits[k]);
            }
        }

        double sum = 0;
        for (int k = 0; k < logits.Length; k++)
        {
            double e = !any || mask[k] ? Math.Exp(logits[k] - max) : 0;
            probs[k] = (float)e;
            sum += e;
        }

        for (int k = 0; k < logits.Length; k++)
        {
            probs[k] = (float)(probs[k] / sum);
        }
    }

    /// <summary>Inverse-CDF sampling; never returns an action of probability 0.</summary>
    private static int Sample(ReadOnlySpan<float> probs, ref AgoraRandom rng)
    {
        double u = rng.NextDouble();
        double cumulative = 0;
        int last = 0;
        for (int k = 0; k < probs.Length; k++)
        {
            if (probs[k] <= 0)
            {
                continue;
            }

            last = k;
            cumulative += probs[k];
            if (u < cumulative)
            {
                return k;
            }
        }

        return last;
    }
}
