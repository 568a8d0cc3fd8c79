using Agora.Core.Environments;

namespace Agora.Core.Exploration;

/// <summary>Adds an intrinsic reward <c>β·b(s')</c> to every acting agent's reward after each step.</summary>
/// <remarks>
/// <para>
/// The total reward is <c>r_ext + β·(b(s') − c)</c>, c = 0 by default (Henaff, Jiang and Raileanu 2023, §2, with β their
/// <c>intrinsic_reward_coef</c>); s' is the state after the step, keyed by an <see cref="IStateKeySource"/>. The
/// bonus's <see cref="IExplorationBonus.BeginEpisode"/> runs at every reset; the reset state itself is not counted,
/// as in the paper's code. Agents that were not acting (already finished) get no bonus.
/// </para>
/// <para>
/// Wrappers compose: stacking two adds their bonuses; use <see cref="ProductBonus"/> to multiply them. The extrinsic
/// rewards and bonuses of the latest step stay readable (<see cref="ExtrinsicRewards"/>, <see cref="Bonuses"/>) so an
/// experiment can report success without the bonus. Stepping allocates nothing once every state has been seen; a new
/// state may grow the count table.
/// </para>
/// </remarks>
public sealed class ExplorationBonusWrapper : ParallelEnvWrapper
{
    private readonly IStateKeySource _keys;
    private readonly ulong[] _keyBuffer;
    private readonly bool[] _acting;
    private readonly float[] _extrinsic;
    private readonly float[] _bonuses;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The environment.</param>
    /// <param name="bonus">The bonus.</param>
    /// <param name="keys">Which state each agent is in.</param>
    /// <param name="coefficient">β ≥ 0, the weight of the bonus.</param>
    /// <param name="offset">c, subtracted from every bonus before weighting: the reward is <c>r + β·(b − c)</c>; 0 (the paper) by default.</param>
    public ExplorationBonusWrapper(IParallelEnv inner, IExplorationBonus bonus, IStateKeySource keys, double coefficient, double offset = 0)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(bonus);
        ArgumentNullException.ThrowIfNull(keys);
        if (!(coefficient >= 0) || double.IsInfinity(coefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), $"The bonus coefficient must be finite and at least 0; got {coefficient}.");
        }

        if (!double.IsFinite(offset))
        {
            throw new ArgumentOutOfRangeException(nameof(offset), $"The bonus offset must be finite; got {offset}.");
        }

        Bonus = bonus;
        Offset = offset;
        _keys = keys;
        Coefficient = coefficient;
        _keyBuffer = new ulong[inner.NumAgents];
        _acting = new bool[inner.NumAgents];
        _extrinsic = new float[inner.NumAgents];
        _bonuses = new float[inner.NumAgents];
    }

    /// <summary>The bonus.</summary>
    public IExplorationBonus Bonus { get; }

    /// <summary>β.</summary>
    public double Coefficient { get; }

    /// <summary>
    /// c, subtracted from each bonus: with c = 1 a count bonus in (0, 1] becomes a penalty for familiar states, which
    /// makes a zero-initialised value table optimistic about untried actions (the usual remedy in tabular settings).
    /// </summary>
    public double Offset { get; }

    /// <summary>The rewards of the latest step before the bonus was added.</summary>
    public ReadOnlySpan<float> ExtrinsicRewards => _extrinsic;

    /// <summary>The bonuses b(s') of the latest step (before multiplying by β).</summary>
    public ReadOnlySpan<float> Bonuses => _bonuses;

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        Bonus.BeginEpisode();
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.WriteActingAgents(_acting);
        Inner.Step(actions, rewards, terminated, truncated);
        AddBonuses(rewards);
    }

    /// <inheritdoc />
    public override void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.WriteActingAgents(_acting);
        Inner.StepContinuous(actions, rewards, terminated, truncated);
        AddBonuses(rewards);
    }

    private void AddBonuses(Span<float> rewards)
    {
        rewards.CopyTo(_extrinsic);
        _keys.WriteKeys(_keyBuffer);
        for (int a = 0; a < _acting.Length; a++)
        {
            if (!_acting[a])
            {
                _bonuses[a] = 0;
                continue;
            }

            double b = Bonus.Visit(_keyBuffer[a]);
            _bonuses[a] = (float)b;
            rewards[a] += (float)(Coefficient * (b - Offset));
        }
    }
}
