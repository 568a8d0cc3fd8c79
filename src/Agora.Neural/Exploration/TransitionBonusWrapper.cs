using Agora.Core.Environments;

namespace Agora.Neural.Exploration;

/// <summary>Adds an observation-based intrinsic reward <c>β·b(s, a, s')/σ</c> (σ the running RMS of b) to a single-agent environment's reward.</summary>
/// <remarks>
/// <para>
/// The neural counterpart of <see cref="Agora.Core.Exploration.ExplorationBonusWrapper"/>: it keeps the latest
/// observation, and after each step hands (s, a, s') to an <see cref="ITransitionBonus"/> (E3B, RND, NovelD or a
/// product). At every reset the bonus's <see cref="ITransitionBonus.BeginEpisode"/> gets s₀, which earns nothing.
/// </para>
/// <para>
/// With <c>normalize</c> the bonus is divided by the running root mean square σ = √E[b²] of all bonuses seen so far;
/// E3B's bonus starts near ‖φ‖²/λ, so its scale is arbitrary without it. The ICML 2023 code (<c>reward_norm=int</c>)
/// divides by the running standard deviation instead; we use the RMS because it keeps the mean scaled bonus at most 1
/// even when the bonuses' mean dwarfs their spread, so β alone sets how much the bonus can outweigh the goal. The
/// extrinsic rewards and raw bonuses of the latest step stay readable.
/// </para>
/// </remarks>
public sealed class TransitionBonusWrapper : ParallelEnvWrapper
{
    private readonly float[] _observation;
    private readonly float[] _next;
    private readonly bool[] _acting = new bool[1];
    private readonly float[] _extrinsic = new float[1];
    private readonly float[] _bonus = new float[1];
    private readonly bool _normalize;
    private readonly RunningMoments _squares = new(1);

    /// <summary>Wraps a single-agent environment.</summary>
    /// <param name="inner">The environment; one agent.</param>
    /// <param name="bonus">The bonus.</param>
    /// <param name="coefficient">β ≥ 0.</param>
    /// <param name="normalize">Whether to divide bonuses by their running root mean square.</param>
    public TransitionBonusWrapper(IParallelEnv inner, ITransitionBonus bonus, double coefficient, bool normalize = true)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(bonus);
        if (inner.NumAgents != 1)
        {
            throw new ArgumentException($"{nameof(TransitionBonusWrapper)} needs a single-agent environment; got {inner.NumAgents} agents.", nameof(inner));
        }

        if (!(coefficient >= 0) || double.IsInfinity(coefficient))
        {
            throw new ArgumentOutOfRangeException(nameof(coefficient), coefficient, "The bonus coefficient must be finite and at least 0.");
        }

        Bonus = bonus;
        Coefficient = coefficient;
        _normalize = normalize;
        _observation = new float[inner.ObservationSize];
        _next = new float[inner.ObservationSize];
    }

    /// <summary>The bonus.</summary>
    public ITransitionBonus Bonus { get; }

    /// <summary>β.</summary>
    public double Coefficient { get; }

    /// <summary>The reward of the latest step before the bonus was added.</summary>
    public ReadOnlySpan<float> ExtrinsicRewards => _extrinsic;

    /// <summary>The raw bonus of the latest step (before normalising and weighting).</summary>
    public ReadOnlySpan<float> Bonuses => _bonus;

    /// <summary>The running root mean square the bonuses are divided by (1 before any bonus was seen, or without normalising).</summary>
    public double BonusScale => !_normalize || _squares.Count == 0 || !(_squares.Mean[0] > 0) ? 1.0 : Math.Sqrt(_squares.Mean[0]);

    /// <inheritdoc />
    public override void Reset(ulong seed)
    {
        Inner.Reset(seed);
        Inner.WriteObservations(_observation);
        Bonus.BeginEpisode(_observation);
    }

    /// <inheritdoc />
    public override void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        Inner.WriteActingAgents(_acting);
        Inner.Step(actions, rewards, terminated, truncated);
        _extrinsic[0] = rewards[0];
        if (!_acting[0])
        {
            _bonus[0] = 0;
            return;
        }

        Inner.WriteObservations(_next);
        double b = Bonus.Step(_observation, actions[0], _next);
        _bonus[0] = (float)b;
        _squares.Add(b * b);
        rewards[0] += (float)(Coefficient * b / BonusScale);
        _next.CopyTo(_observation, 0);
    }
}
