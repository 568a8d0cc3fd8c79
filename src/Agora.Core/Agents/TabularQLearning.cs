using Agora.Core.Exploration;
using Agora.Core.Randomness;

namespace Agora.Core.Agents;

/// <summary>ε-greedy tabular Q-learning over hashed observations, shared by every row of the batch.</summary>
/// <remarks>
/// <para>
/// Watkins (1989); Sutton and Barto (2018) §6.5: after each step,
/// <c>Q(s, a) ← Q(s, a) + α [r + γ (1 − terminated) max_a' Q(s', a') − Q(s, a)]</c>; a truncated step bootstraps.
/// States are the 64-bit <see cref="ObservationHash"/> of the observation row, so any environment works (and a
/// partially observed one is learnt on its observations, as a memoryless agent would). Greedy ties break uniformly at
/// random among the legal maxima; rows whose mask is all false are skipped.
/// </para>
/// <para>All rows share one table (parameter sharing across agents and copies). The table grows as new states appear;
/// nothing else is allocated per step.</para>
/// </remarks>
public sealed class TabularQLearning : IAgent
{
    private readonly Dictionary<ulong, int> _index = [];
    private float[] _values;
    private AgoraRandom _rng;

    /// <summary>Creates the agent.</summary>
    /// <param name="numActions">Actions per state.</param>
    /// <param name="options">Step size, discount, ε; null for the defaults.</param>
    /// <param name="seed">The initial seed; <see cref="Reset"/> replaces it.</param>
    public TabularQLearning(int numActions, TabularQLearningOptions? options = null, ulong seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numActions);
        NumActions = numActions;
        Options = options ?? new TabularQLearningOptions();
        _values = new float[1024 * numActions];
        _rng = new AgoraRandom(seed);
    }

    /// <inheritdoc />
    public string Name => "q-learning";

    /// <summary>Actions per state.</summary>
    public int NumActions { get; }

    /// <summary>The settings.</summary>
    public TabularQLearningOptions Options { get; }

    /// <summary>The number of distinct states in the table.</summary>
    public int States => _index.Count;

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        _rng = new AgoraRandom(seed);
        _index.Clear();
    }

    /// <summary>The current estimates for an observation (the initial value for unseen ones).</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="destination">One value per action.</param>
    public void WriteValues(ReadOnlySpan<float> observation, Span<float> destination)
    {
        if (_index.TryGetValue(ObservationHash.Of(observation), out int row))
        {
            _values.AsSpan(row * NumActions, NumActions).CopyTo(destination);
        }
        else
        {
            destination[..NumActions].Fill((float)Options.InitialValue);
        }
    }

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        int rows = actions.Length;
        if (rows == 0)
        {
            return;
        }

        int size = observations.Length / rows;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<bool> mask = actionMasks.Slice(r * NumActions, NumActions);
            if (mask.IndexOf(true) < 0)
            {
                actions[r] = 0;
                continue;
            }

            if (_rng.NextDouble() < Options.Epsilon)
            {
                actions[r] = Spaces.MaskSampling.Pick(ref _rng, mask);
                continue;
            }

            ReadOnlySpan<float> q = Row(observations.Slice(r * size, size));
            actions[r] = Greedy(q, mask);
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        int rows = transition.Rows;
        if (rows == 0)
        {
            return;
        }

        int size = transition.Observations.Length / rows;
        float alpha = (float)Options.LearningRate;
        float gamma = (float)Options.Discount;
        for (int r = 0; r < rows; r++)
        {
            if (transition.ActionMasks.Slice(r * NumActions, NumActions).IndexOf(true) < 0)
            {
                continue;
            }

            float target = transition.Rewards[r];
            if (!transition.Terminated[r])
            {
                ReadOnlySpan<float> next = Row(transition.NextObservations.Slice(r * size, size));
                float best = float.NegativeInfinity;
                foreach (float v in next)
                {
                    best = Math.Max(best, v);
                }

                target += gamma * best;
            }

            Span<float> q = Row(transition.Observations.Slice(r * size, size));
            ref float value = ref q[transition.Actions[r]];
            value += alpha * (target - value);
        }
    }

    private int Greedy(ReadOnlySpan<float> q, ReadOnlySpan<bool> mask)
    {
        float best = float.NegativeInfinity;
        int ties = 0;
        int choice = -1;
        for (int a = 0; a < q.Length; a++)
        {
            if (!mask[a])
            {
                continue;
            }

            if (q[a] > best)
            {
                best = q[a];
                ties = 1;
                choice = a;
            }
            else if (q[a] == best && _rng.NextInt(++ties) == 0)
            {
                // Reservoir sampling over the tied maxima: each is chosen with probability 1/ties.
                choice = a;
            }
        }

        return choice;
    }

    private Span<float> Row(ReadOnlySpan<float> observation)
    {
        ulong key = ObservationHash.Of(observation);
        ref int row = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out bool exists);
        if (!exists)
        {
            row = _index.Count - 1;
            if ((row + 1) * NumActions > _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
            }

            _values.AsSpan(row * NumActions, NumActions).Fill((float)Options.InitialValue);
        }

        return _values.AsSpan(row * NumActions, NumActions);
    }
}
