using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Mansa;

/// <summary>Which learner a MANSA switcher hands a state to.</summary>
public enum MansaChoice
{
    /// <summary>The independent learners (cheap, decentralised).</summary>
    Independent = 0,

    /// <summary>The central joint-action learner (costly).</summary>
    Central = 1,
}

/// <summary>
/// MANSA's switcher: a tabular Q-learner over the state that chooses, per state, whether the independent learners or the
/// central learner act, paying a cost for every central call, optionally within a budget of central calls per episode.
/// </summary>
/// <remarks>
/// Mguni et al. (2023), "Learning fast and slow in multi-agent systems" (MANSA), ICML; arXiv 2302.05910. Our reading of
/// the spec (mansa.md, mostly unverified): the switcher's reward is <c>Σ r − c·1{central}</c>; it is trained by tabular
/// Q-learning (the paper's switcher algorithm is not verified; PPO is one recollection). The independent learners update
/// on every transition, the central learner only on the transitions it acted in (the compute saving). With a budget,
/// the switcher is forced to the independent learners once the episode's central calls are spent; the switcher does not
/// observe the remaining budget, so this is a hard cap rather than the paper's budget-optimal switching.
/// </remarks>
public sealed class MansaLearner
{
    private readonly IMultiAgentLearner _independent;
    private readonly IMultiAgentLearner _central;
    private readonly TabularQ _switch = new(2);
    private readonly QLearningOptions _options;
    private readonly double[] _values = new double[2];
    private readonly double[] _next = new double[2];
    private int _remaining;

    /// <summary>Creates the switcher.</summary>
    /// <param name="independent">The independent learners (IL).</param>
    /// <param name="central">The central learner (CL).</param>
    /// <param name="switchCost">The cost c ≥ 0 of each central call.</param>
    /// <param name="budget">Central calls allowed per episode; 0 for no budget.</param>
    /// <param name="options">The switcher's step size and discount.</param>
    public MansaLearner(IMultiAgentLearner independent, IMultiAgentLearner central, double switchCost, int budget, QLearningOptions options)
    {
        ArgumentNullException.ThrowIfNull(independent);
        ArgumentNullException.ThrowIfNull(central);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(switchCost);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        _independent = independent;
        _central = central;
        _options = options;
        SwitchCost = switchCost;
        Budget = budget;
        _remaining = budget;
    }

    /// <summary>The cost of a central call.</summary>
    public double SwitchCost { get; }

    /// <summary>Central calls allowed per episode (0 = unlimited).</summary>
    public int Budget { get; }

    /// <summary>Central calls made so far (all episodes).</summary>
    public long CentralCalls { get; private set; }

    /// <summary>Decisions made so far.</summary>
    public long Decisions { get; private set; }

    /// <summary>Starts an episode: refills the budget.</summary>
    public void BeginEpisode() => _remaining = Budget;

    /// <summary>Chooses the learner for this state and lets it pick the joint action.</summary>
    /// <param name="state">The switcher's view of the state (e.g. the joint observation).</param>
    /// <param name="observations">The agents' observations.</param>
    /// <param name="masks">The agents' legal actions (empty = all legal).</param>
    /// <param name="epsilon">Exploration of both the switcher and the chosen learner.</param>
    /// <param name="rng">The generator.</param>
    /// <param name="actions">Receives the joint action.</param>
    /// <returns>Which learner acted.</returns>
    public MansaChoice Act(ReadOnlySpan<float> state, ReadOnlySpan<float> observations, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions)
    {
        _switch.Values(state, _values);
        var choice = (MansaChoice)QPolicy.EpsilonGreedy(_values, default, epsilon, ref rng);
        if (Budget > 0 && _remaining == 0)
        {
            choice = MansaChoice.Independent;
        }

        if (choice == MansaChoice.Central)
        {
            _remaining--;
            CentralCalls++;
            _central.Act(observations, masks, epsilon, ref rng, actions);
        }
        else
        {
            _independent.Act(observations, masks, epsilon, ref rng, actions);
        }

        Decisions++;
        return choice;
    }

    /// <summary>Updates the switcher, IL always and CL when it acted.</summary>
    /// <param name="choice">What <see cref="Act"/> returned.</param>
    /// <param name="state">The switcher's view before the step.</param>
    /// <param name="observations">The observations before the step.</param>
    /// <param name="actions">The joint action.</param>
    /// <param name="rewards">The agents' rewards.</param>
    /// <param name="nextState">The switcher's view after the step.</param>
    /// <param name="next">The observations after the step.</param>
    /// <param name="nextMasks">The legal actions after the step.</param>
    /// <param name="terminal">Whether the step ended the process.</param>
    public void Learn(MansaChoice choice, ReadOnlySpan<float> state, ReadOnlySpan<float> observations, ReadOnlySpan<int> actions, ReadOnlySpan<float> rewards, ReadOnlySpan<float> nextState, ReadOnlySpan<float> next, ReadOnlySpan<bool> nextMasks, bool terminal)
    {
        _independent.Learn(observations, actions, rewards, next, nextMasks, terminal);
        if (choice == MansaChoice.Central)
        {
            _central.Learn(observations, actions, rewards, next, nextMasks, terminal);
        }

        double target = PerAgentQLearner.Sum(rewards) - (choice == MansaChoice.Central ? SwitchCost : 0);
        if (!terminal)
        {
            _switch.Values(nextState, _next);
            target += _options.Gamma * Math.Max(_next[0], _next[1]);
        }

        _switch.Values(state, _values);
        _switch.Update(state, (int)choice, target - _values[(int)choice], _options.Alpha);
    }
}
