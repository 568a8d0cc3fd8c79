namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// Rounds the pattern relaxation into a schedule by letting each arm follow a virtual time line of its LP patterns and
/// playing the arms whose virtual state says "run now".
/// </summary>
/// <remarks>
/// <para>
/// Our reading of "mirroring the evolution of virtual states" (Foussoul et al., ICML 2023; the paper's randomised
/// rounding is unverified). Each arm with LP support cycles through its patterns (d, m) in proportion to their rates
/// (a deterministic weighted round robin). An arm is <i>ready</i> when its real idle time has reached its current
/// pattern's d. Each round: a run in progress continues until it has lasted its pattern's m plays; otherwise the ready
/// arm whose current pattern earns most per play (R/m) starts its run; if no arm is ready, the round is filled greedily
/// with argmax_i μ_i(τ_i). Deterministic and allocation-free per round.
/// </para>
/// </remarks>
public sealed class LsdVirtualStatePolicy : ILsdPolicy
{
    private readonly LsdInstance _instance;
    private readonly LsdPattern[][] _patterns;
    private readonly double[][] _credit;
    private readonly int[] _target;
    private int _current;
    private int _runLeft;

    /// <summary>Creates the policy from a solved relaxation.</summary>
    /// <param name="instance">The payoffs (for the greedy fill).</param>
    /// <param name="relaxation">The solved relaxation.</param>
    public LsdVirtualStatePolicy(LsdInstance instance, LsdRelaxation relaxation)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(relaxation);
        _instance = instance;
        _patterns = Enumerable.Range(0, instance.Arms).Select(i => relaxation.Support.Where(p => p.Arm == i).ToArray()).ToArray();
        _credit = _patterns.Select(p => new double[p.Length]).ToArray();
        _target = new int[instance.Arms];
        Reset();
    }

    /// <inheritdoc />
    public string Name => "virtual-state";

    /// <inheritdoc />
    public void Reset()
    {
        _current = -1;
        _runLeft = 0;
        for (int i = 0; i < _patterns.Length; i++)
        {
            Array.Clear(_credit[i]);
            _target[i] = _patterns[i].Length > 0 ? NextPattern(i) : -1;
        }
    }

    /// <inheritdoc />
    public int Choose(ReadOnlySpan<int> state)
    {
        if (_current >= 0 && _runLeft > 0 && state[_current] > 0)
        {
            _runLeft--;
            return _current;
        }

        int best = -1;
        double bestDensity = double.NegativeInfinity;
        for (int i = 0; i < _patterns.Length; i++)
        {
            if (_target[i] < 0 || i == _current || state[i] > 0)
            {
                continue;
            }

            var pattern = _patterns[i][_target[i]];
            bool ready = -state[i] >= pattern.Idle || state[i] == -_instance.TauMax;
            double density = pattern.Reward / pattern.Run;
            if (ready && density > bestDensity)
            {
                best = i;
                bestDensity = density;
            }
        }

        if (best >= 0)
        {
            int run = _patterns[best][_target[best]].Run;
            _target[best] = NextPattern(best);
            _current = best;
            _runLeft = run - 1;
            return best;
        }

        int greedy = 0;
        for (int i = 1; i < state.Length; i++)
        {
            if (_instance.Mean(i, state[i]) > _instance.Mean(greedy, state[greedy]))
            {
                greedy = i;
            }
        }

        _current = greedy;
        _runLeft = 0;
        return greedy;
    }

    private int NextPattern(int arm)
    {
        var patterns = _patterns[arm];
        var credit = _credit[arm];
        double total = 0;
        int pick = 0;
        for (int p = 0; p < patterns.Length; p++)
        {
            credit[p] += patterns[p].Rate;
            total += patterns[p].Rate;
            if (credit[p] > credit[pick])
            {
                pick = p;
            }
        }

        credit[pick] -= total;
        return pick;
    }
}
