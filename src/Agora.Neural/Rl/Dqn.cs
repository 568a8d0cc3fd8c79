using Agora.Core.Agents;
using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Modules;
using Agora.Neural.Ops;
using Agora.Neural.Optim;

namespace Agora.Neural.Rl;

/// <summary>
/// Deep Q-Network with experience replay and a target network, following CleanRL's <c>dqn.py</c>: ε-greedy with a
/// linear schedule, uniform replay, TD target r + γ·maxₐ Q_target(s′, a)·(1 − terminated), MSE loss, Adam.
/// </summary>
/// <remarks>
/// <para>Mnih et al., "Human-level control through deep reinforcement learning", Nature 518 (2015).</para>
/// <para>
/// As an <see cref="IAgent"/>: <see cref="Act"/> picks actions for every env copy; <see cref="Observe"/> stores each
/// row's transition (the next observation is the real final one for ended episodes, so truncation bootstraps while
/// termination does not), then trains every <see cref="DqnOptions.TrainFrequency"/> steps after
/// <see cref="DqnOptions.LearningStarts"/> and updates the target every <see cref="DqnOptions.TargetNetworkFrequency"/>.
/// Illegal actions (masked out) are never chosen.
/// </para>
/// </remarks>
public sealed class Dqn : IAgent
{
    private readonly DqnOptions _o;
    private readonly int _obsSize;
    private readonly int _numActions;
    private readonly Mlp _q;
    private readonly Mlp _target;
    private readonly AdamW _optimizer;
    private readonly Tape _tape = new();

    // Replay buffer (ring).
    private readonly float[] _bufObs;
    private readonly float[] _bufNext;
    private readonly int[] _bufAction;
    private readonly float[] _bufReward;
    private readonly bool[] _bufTerminated;
    private readonly int[] _batchIndex;
    private readonly float[] _targets;
    private readonly Tensor _actInput;
    private readonly Tensor _batchObs;
    private readonly Tensor _batchNext;
    private AgoraRandom _rng;
    private int _bufCount;
    private int _bufPos;
    private long _globalStep;

    /// <summary>Creates the learner.</summary>
    /// <param name="observationSize">Floats per observation.</param>
    /// <param name="numActions">Discrete actions.</param>
    /// <param name="options">Hyperparameters; CleanRL's defaults when null.</param>
    /// <param name="seed">Seeds initialisation, exploration and replay sampling.</param>
    public Dqn(int observationSize, int numActions, DqnOptions? options = null, ulong seed = 1)
    {
        _o = options ?? new DqnOptions();
        _obsSize = observationSize;
        _numActions = numActions;
        int[] sizes = [observationSize, .. _o.Hidden, numActions];
        var root = new AgoraRandom(seed);
        _q = new Mlp(sizes, Activation.Relu, bias: true, root.Fork("q"), "q");
        _target = new Mlp(sizes, Activation.Relu, bias: true, root.Fork("q"), "q");
        CopyToTarget(1f);
        _optimizer = new AdamW(_q.Parameters, new AdamWOptions { LearningRate = _o.LearningRate, WeightDecay = 0 });
        _bufObs = new float[_o.BufferSize * observationSize];
        _bufNext = new float[_o.BufferSize * observationSize];
        _bufAction = new int[_o.BufferSize];
        _bufReward = new float[_o.BufferSize];
        _bufTerminated = new bool[_o.BufferSize];
        _batchIndex = new int[_o.BatchSize];
        _targets = new float[_o.BatchSize];
        _actInput = new Tensor(new TensorShape(_o.NumEnvs, observationSize));
        _batchObs = new Tensor(new TensorShape(_o.BatchSize, observationSize));
        _batchNext = new Tensor(new TensorShape(_o.BatchSize, observationSize));
        Reset(seed);
    }

    /// <inheritdoc />
    public string Name => "dqn";

    /// <summary>Environment steps observed so far (summed over copies).</summary>
    public long GlobalStep => _globalStep;

    /// <summary>The TD loss of the latest gradient step.</summary>
    public double LastLoss { get; private set; }

    /// <summary>When true, <see cref="Act"/> is greedy (evaluation); learning still happens in <see cref="Observe"/> unless <see cref="Frozen"/>.</summary>
    public bool Greedy { get; set; }

    /// <summary>When true, <see cref="Observe"/> neither stores nor trains (evaluation).</summary>
    public bool Frozen { get; set; }

    /// <summary>The current exploration rate: linear from StartE to EndE over ExplorationFraction·TotalTimesteps.</summary>
    public double Epsilon
    {
        get
        {
            double duration = _o.ExplorationFraction * _o.TotalTimesteps;
            double slope = (_o.EndE - _o.StartE) / duration;
            return Math.Max((slope * _globalStep) + _o.StartE, _o.EndE);
        }
    }

    /// <inheritdoc />
    public void Reset(ulong seed) => _rng = new AgoraRandom(seed).Fork("explore");

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        int rows = actions.Length;
        _actInput.Reshape(new TensorShape(rows, _obsSize));
        observations[..(rows * _obsSize)].CopyTo(_actInput.Span);
        Tensor q = _q.Forward(null, _actInput);
        double epsilon = Greedy ? 0 : Epsilon;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<bool> mask = actionMasks.Slice(r * _numActions, _numActions);
            if (_rng.NextDouble() < epsilon)
            {
                actions[r] = Math.Max(0, MaskSampling(ref _rng, mask));
                continue;
            }

            actions[r] = ArgMax(q.Span.Slice(r * _numActions, _numActions), mask);
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        if (Frozen)
        {
            return;
        }

        int rows = transition.Actions.Length;
        for (int r = 0; r < rows; r++)
        {
            transition.Observations.Slice(r * _obsSize, _obsSize).CopyTo(_bufObs.AsSpan(_bufPos * _obsSize, _obsSize));
            transition.NextObservations.Slice(r * _obsSize, _obsSize).CopyTo(_bufNext.AsSpan(_bufPos * _obsSize, _obsSize));
            _bufAction[_bufPos] = transition.Actions[r];
            _bufReward[_bufPos] = transition.Rewards[r];
            _bufTerminated[_bufPos] = transition.Terminated[r];
            _bufPos = (_bufPos + 1) % _o.BufferSize;
            _bufCount = Math.Min(_bufCount + 1, _o.BufferSize);
        }

        // CleanRL counts one global step per vector step.
        _globalStep++;
        if (_globalStep > _o.LearningStarts)
        {
            if (_globalStep % _o.TrainFrequency == 0)
            {
                TrainStep();
            }

            if (_globalStep % _o.TargetNetworkFrequency == 0)
            {
                CopyToTarget(_o.Tau);
            }
        }
    }

    /// <summary>Writes the Q-values of one observation (no gradient).</summary>
    /// <param name="observation">One observation.</param>
    /// <param name="destination">Receives one value per action.</param>
    public void QValues(ReadOnlySpan<float> observation, Span<float> destination)
    {
        _actInput.Reshape(new TensorShape(1, _obsSize));
        observation[.._obsSize].CopyTo(_actInput.Span);
        _q.Forward(null, _actInput).Span[.._numActions].CopyTo(destination);
    }

    private void TrainStep()
    {
        int b = _o.BatchSize;
        for (int i = 0; i < b; i++)
        {
            int k = _rng.NextInt(_bufCount);
            _batchIndex[i] = k;
            _bufObs.AsSpan(k * _obsSize, _obsSize).CopyTo(_batchObs.Span.Slice(i * _obsSize, _obsSize));
            _bufNext.AsSpan(k * _obsSize, _obsSize).CopyTo(_batchNext.Span.Slice(i * _obsSize, _obsSize));
        }

        // TD target from the target network (no gradient).
        Tensor nextQ = _target.Forward(null, _batchNext);
        for (int i = 0; i < b; i++)
        {
            int k = _batchIndex[i];
            float max = float.NegativeInfinity;
            foreach (float v in nextQ.Span.Slice(i * _numActions, _numActions))
            {
                max = Math.Max(max, v);
            }

            _targets[i] = _bufReward[k] + (_o.Gamma * max * (_bufTerminated[k] ? 0f : 1f));
        }

        _tape.Clear();
        _optimizer.ZeroGrad();
        Tensor q = _q.Forward(_tape, _batchObs);
        double loss = 0;
        for (int i = 0; i < b; i++)
        {
            int a = _bufAction[_batchIndex[i]];
            double diff = q.Span[(i * _numActions) + a] - _targets[i];
            double grad;
            if (_o.HuberLoss && Math.Abs(diff) > 1)
            {
                loss += Math.Abs(diff) - 0.5;
                grad = Math.Sign(diff);
            }
            else
            {
                loss += _o.HuberLoss ? 0.5 * diff * diff : diff * diff;
                grad = _o.HuberLoss ? diff : 2 * diff;
            }

            q.GradSpan[(i * _numActions) + a] = (float)(grad / b);
        }

        LastLoss = loss / b;
        _tape.BackwardFromSeed();
        _optimizer.Step();
    }

    private void CopyToTarget(float tau)
    {
        IReadOnlyList<Tensor> source = _q.Parameters;
        IReadOnlyList<Tensor> target = _target.Parameters;
        for (int p = 0; p < source.Count; p++)
        {
            Span<float> t = target[p].Span;
            ReadOnlySpan<float> s = source[p].Span;
            for (int i = 0; i < t.Length; i++)
            {
                t[i] = (tau * s[i]) + ((1 - tau) * t[i]);
            }
        }
    }

    private static int ArgMax(ReadOnlySpan<float> values, ReadOnlySpan<bool> mask)
    {
        int best = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (mask[i] && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }

        return Math.Max(0, best);
    }

    private static int MaskSampling(ref AgoraRandom rng, ReadOnlySpan<bool> mask)
    {
        int legal = 0;
        foreach (bool m in mask)
        {
            legal += m ? 1 : 0;
        }

        if (legal == 0)
        {
            return -1;
        }

        int pick = rng.NextInt(legal);
        for (int i = 0; i < mask.Length; i++)
        {
            if (mask[i] && pick-- == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
