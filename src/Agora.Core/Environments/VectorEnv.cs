using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments;

/// <summary>
/// N independent copies of an <see cref="IParallelEnv"/> stepped together, with contiguous batched buffers and a
/// declared <see cref="AutoresetMode"/>.
/// </summary>
/// <remarks>
/// <para>
/// Buffers are copy-major then agent-major: observations <c>[Count × NumAgents × ObservationSize]</c>, rewards and
/// flags <c>[Count × NumAgents]</c>, masks <c>[Count × NumAgents × NumActions]</c>. They are owned here and
/// overwritten by every <see cref="Reset"/> and <see cref="Step"/>; read them through the span properties.
/// </para>
/// <para>
/// Seeding: <see cref="Reset"/> resets copy i with <c>AgoraRandom.DeriveSeed(seed, i)</c>; the k-th automatic or manual
/// reset after that (k = 1, 2, …) uses <c>AgoraRandom.DeriveSeed(DeriveSeed(seed, i), k)</c>, so every episode's seed
/// depends only on the root seed, the copy and the episode number.
/// </para>
/// <para>
/// Continuous-action copies (<see cref="IParallelEnv.ContinuousActionSpace"/> not null) are stepped with
/// <see cref="StepContinuous"/>, whose actions are <c>[Count × NumAgents × ActionLength]</c> floats.
/// </para>
/// <para>Copies are stepped in order on the calling thread; stepping allocates nothing, resets do whatever the copy's
/// <see cref="IParallelEnv.Reset"/> does.</para>
/// </remarks>
public sealed class VectorEnv
{
    private readonly IParallelEnv[] _envs;
    private readonly float[] _observations;
    private readonly float[] _finalObservations;
    private readonly bool[] _hasFinalObservation;
    private readonly float[] _rewards;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly bool[] _masks;
    private readonly bool[] _acting;
    private readonly bool[] _ended;
    private readonly ulong[] _copySeeds;
    private readonly long[] _episodes;

    /// <summary>Creates <paramref name="count"/> copies from <paramref name="factory"/>.</summary>
    /// <param name="factory">Makes one independent environment per call; all copies must agree on their sizes.</param>
    /// <param name="count">The number of copies; positive.</param>
    /// <param name="mode">The autoreset mode; <see cref="AutoresetMode.NextStep"/> by default, as in Gymnasium.</param>
    public VectorEnv(Func<IParallelEnv> factory, int count, AutoresetMode mode = AutoresetMode.NextStep)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        _envs = new IParallelEnv[count];
        for (int i = 0; i < count; i++)
        {
            _envs[i] = factory() ?? throw new ArgumentException("The factory returned null.", nameof(factory));
            if (ReferenceEquals(_envs[i], _envs[0]) && i > 0)
            {
                throw new ArgumentException("The factory must create a new environment on every call.", nameof(factory));
            }
        }

        IParallelEnv first = _envs[0];
        NumAgents = first.NumAgents;
        ObservationSize = first.ObservationSize;
        NumActions = first.NumActions;
        StateSize = first.StateSize;
        ContinuousActionSpace = first.ContinuousActionSpace;
        ActionLength = ContinuousActionSpace?.Length ?? 0;
        foreach (IParallelEnv env in _envs)
        {
            if (env.NumAgents != NumAgents || env.ObservationSize != ObservationSize || env.NumActions != NumActions || env.StateSize != StateSize
                || (env.ContinuousActionSpace?.Length ?? 0) != ActionLength || (env.ContinuousActionSpace is null) != (ContinuousActionSpace is null))
            {
                throw new ArgumentException("All copies must have the same numbers of agents, observations, actions and state, and the same kind and length of action.", nameof(factory));
            }
        }

        Mode = mode;
        int agents = count * NumAgents;
        _observations = new float[agents * ObservationSize];
        _finalObservations = new float[agents * ObservationSize];
        _hasFinalObservation = new bool[count];
        _rewards = new float[agents];
        _terminated = new bool[agents];
        _truncated = new bool[agents];
        _masks = new bool[agents * NumActions];
        _acting = new bool[agents];
        _ended = new bool[count];
        _copySeeds = new ulong[count];
        _episodes = new long[count];
    }

    /// <summary>The number of copies.</summary>
    public int Count => _envs.Length;

    /// <summary>The autoreset mode.</summary>
    public AutoresetMode Mode { get; }

    /// <summary>Agents per copy.</summary>
    public int NumAgents { get; }

    /// <summary>Floats per agent observation.</summary>
    public int ObservationSize { get; }

    /// <summary>Actions per agent.</summary>
    public int NumActions { get; }

    /// <summary>Floats per copy's global state.</summary>
    public int StateSize { get; }

    /// <summary>The first copy's continuous action space, or null when the copies take discrete actions.</summary>
    public Box? ContinuousActionSpace { get; }

    /// <summary>Floats per agent's continuous action (0 for discrete copies).</summary>
    public int ActionLength { get; }

    /// <summary>The current observations, <c>[Count × NumAgents × ObservationSize]</c>.</summary>
    public ReadOnlySpan<float> Observations => _observations;

    /// <summary>
    /// In <see cref="AutoresetMode.SameStep"/>, the last observation of each episode that ended on the latest step
    /// (same layout as <see cref="Observations"/>); valid only for copies whose <see cref="HasFinalObservation"/> is true.
    /// </summary>
    public ReadOnlySpan<float> FinalObservations => _finalObservations;

    /// <summary>Per copy: whether <see cref="FinalObservations"/> holds a final observation from the latest step.</summary>
    public ReadOnlySpan<bool> HasFinalObservation => _hasFinalObservation;

    /// <summary>The latest rewards, <c>[Count × NumAgents]</c>.</summary>
    public ReadOnlySpan<float> Rewards => _rewards;

    /// <summary>The latest terminated flags, <c>[Count × NumAgents]</c>.</summary>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <summary>The latest truncated flags, <c>[Count × NumAgents]</c>.</summary>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>The current action masks, <c>[Count × NumAgents × NumActions]</c>.</summary>
    public ReadOnlySpan<bool> ActionMasks => _masks;

    /// <summary>Which agents must act now, <c>[Count × NumAgents]</c>.</summary>
    public ReadOnlySpan<bool> ActingAgents => _acting;

    /// <summary>Per copy: whether its episode ended on the latest step.</summary>
    public ReadOnlySpan<bool> EpisodeEnded => _ended;

    /// <summary>Copy <paramref name="index"/>, for inspection.</summary>
    /// <param name="index">The copy index.</param>
    /// <returns>The environment.</returns>
    public IParallelEnv this[int index] => _envs[index];

    /// <summary>Resets every copy; copy i gets the seed <c>AgoraRandom.DeriveSeed(seed, i)</c>.</summary>
    /// <param name="seed">The root seed.</param>
    public void Reset(ulong seed)
    {
        _rewards.AsSpan().Clear();
        _terminated.AsSpan().Clear();
        _truncated.AsSpan().Clear();
        _hasFinalObservation.AsSpan().Clear();
        _ended.AsSpan().Clear();
        for (int i = 0; i < _envs.Length; i++)
        {
            _copySeeds[i] = AgoraRandom.DeriveSeed(seed, i);
            _episodes[i] = 0;
            _envs[i].Reset(_copySeeds[i]);
            WriteCopy(i);
        }
    }

    /// <summary>Resets the copies marked in <paramref name="which"/> with their next episode seeds.</summary>
    /// <param name="which">One entry per copy.</param>
    /// <remarks>Meant for <see cref="AutoresetMode.Disabled"/>; works in every mode.</remarks>
    public void ResetCopies(ReadOnlySpan<bool> which)
    {
        if (which.Length != _envs.Length)
        {
            throw new ArgumentException($"Expected {_envs.Length} entries, got {which.Length}.", nameof(which));
        }

        for (int i = 0; i < which.Length; i++)
        {
            if (which[i])
            {
                ResetCopy(i);
                _ended[i] = false;
                _rewards.AsSpan(i * NumAgents, NumAgents).Clear();
                _terminated.AsSpan(i * NumAgents, NumAgents).Clear();
                _truncated.AsSpan(i * NumAgents, NumAgents).Clear();
            }
        }
    }

    /// <summary>Steps every copy once.</summary>
    /// <param name="actions">Actions <c>[Count × NumAgents]</c>; see <see cref="AutoresetMode"/> for which are ignored.</param>
    /// <exception cref="NotSupportedException">The copies take continuous actions.</exception>
    /// <exception cref="InvalidOperationException">In <see cref="AutoresetMode.Disabled"/>, a copy whose episode ended was not reset.</exception>
    public void Step(ReadOnlySpan<int> actions)
    {
        if (ContinuousActionSpace is not null)
        {
            throw new NotSupportedException("These environments take continuous actions; call StepContinuous.");
        }

        if (actions.Length != _envs.Length * NumAgents)
        {
            throw new ArgumentException($"Expected {_envs.Length * NumAgents} actions, got {actions.Length}.", nameof(actions));
        }

        StepAll(actions, default);
    }

    /// <summary>Steps every copy once with continuous actions.</summary>
    /// <param name="actions">Actions <c>[Count × NumAgents × ActionLength]</c>; see <see cref="AutoresetMode"/> for which are ignored.</param>
    /// <exception cref="NotSupportedException">The copies take discrete actions.</exception>
    /// <exception cref="InvalidOperationException">In <see cref="AutoresetMode.Disabled"/>, a copy whose episode ended was not reset.</exception>
    public void StepContinuous(ReadOnlySpan<float> actions)
    {
        if (ContinuousActionSpace is null)
        {
            throw new NotSupportedException("These environments take discrete actions; call Step.");
        }

        if (actions.Length != _envs.Length * NumAgents * ActionLength)
        {
            throw new ArgumentException($"Expected {_envs.Length * NumAgents * ActionLength} action floats, got {actions.Length}.", nameof(actions));
        }

        StepAll(default, actions);
    }

    /// <summary>Steps every copy: with <paramref name="discrete"/> actions, or <paramref name="continuous"/> ones when the copies take floats.</summary>
    private void StepAll(ReadOnlySpan<int> discrete, ReadOnlySpan<float> continuous)
    {
        int agents = NumAgents;
        int floats = agents * ActionLength;
        _hasFinalObservation.AsSpan().Clear();
        for (int i = 0; i < _envs.Length; i++)
        {
            Span<float> rewards = _rewards.AsSpan(i * agents, agents);
            Span<bool> terminated = _terminated.AsSpan(i * agents, agents);
            Span<bool> truncated = _truncated.AsSpan(i * agents, agents);
            if (_ended[i])
            {
                if (Mode != AutoresetMode.NextStep)
                {
                    throw new InvalidOperationException($"Copy {i} ended its episode; call ResetCopies before stepping it (autoreset is {Mode}).");
                }

                // Gymnasium's next-step autoreset: this step is the reset, so the action is ignored.
                ResetCopy(i);
                rewards.Clear();
                terminated.Clear();
                truncated.Clear();
                _ended[i] = false;
                continue;
            }

            if (ContinuousActionSpace is null)
            {
                _envs[i].Step(discrete.Slice(i * agents, agents), rewards, terminated, truncated);
            }
            else
            {
                _envs[i].StepContinuous(continuous.Slice(i * floats, floats), rewards, terminated, truncated);
            }

            _ended[i] = AllDone(terminated, truncated);
            if (_ended[i] && Mode == AutoresetMode.SameStep)
            {
                int size = agents * ObservationSize;
                _envs[i].WriteObservations(_finalObservations.AsSpan(i * size, size));
                _hasFinalObservation[i] = true;
                ResetCopy(i);
                _ended[i] = false;
                continue;
            }

            WriteCopy(i);
        }
    }

    /// <summary>Writes every copy's global state, <c>[Count × StateSize]</c>.</summary>
    /// <param name="destination">The buffer.</param>
    public void WriteStates(Span<float> destination)
    {
        for (int i = 0; i < _envs.Length; i++)
        {
            _envs[i].WriteState(destination.Slice(i * StateSize, StateSize));
        }
    }

    private static bool AllDone(ReadOnlySpan<bool> terminated, ReadOnlySpan<bool> truncated)
    {
        for (int a = 0; a < terminated.Length; a++)
        {
            if (!terminated[a] && !truncated[a])
            {
                return false;
            }
        }

        return true;
    }

    private void ResetCopy(int i)
    {
        _episodes[i]++;
        _envs[i].Reset(AgoraRandom.DeriveSeed(_copySeeds[i], _episodes[i]));
        WriteCopy(i);
    }

    private void WriteCopy(int i)
    {
        int agents = NumAgents;
        int observations = agents * ObservationSize;
        int masks = agents * NumActions;
        IParallelEnv env = _envs[i];
        env.WriteObservations(_observations.AsSpan(i * observations, observations));
        env.WriteActionMasks(_masks.AsSpan(i * masks, masks));
        env.WriteActingAgents(_acting.AsSpan(i * agents, agents));
    }
}
