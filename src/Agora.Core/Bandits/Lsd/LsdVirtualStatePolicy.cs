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
/// (argmax_i μ_i(τ_i)) among the arms that are not waiting out their pattern's idle time (the arm just played, arms
/// without LP support), and only if every arm is waiting, among all arms. The relaxation's extra plays z_i (runs longer
/// than τmax + 1) extend arm i's runs by z_i / Σ_p y_{i,p} plays on average (for ever when arm i has no other
/// pattern). Deterministic and allocation-free per round.
/// </para>
/// </remarks>
public sealed class LsdVirtualStatePolicy : ILsdPolicy
{
    private readonly LsdInstance _instance;
    private readonly LsdPattern[][] _patterns;
    private readonly double[][] _credit;
    private readonly int[] _target;
    private readonly double[] _extraPerRun;
    private double _extraCredit;
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
        int tau = instance.TauMax;
        _patterns = new LsdPattern[instance.Arms][];
        _extraPerRun = new double[instance.Arms];
        for (int i = 0; i < instance.Arms; i++)
        {
            var own = relaxation.Support.Where(p => p.Arm == i).ToArray();
            double blocks = own.Sum(p => p.Rate);
            double extra = relaxation.ExtraPlayRates[i];
            if (own.Length == 0 && extra > 1e-12)
            {
                // Only "play on and on" mass: one long-run block of this arm, extended for ever.
                own = [new LsdPattern(i, tau, tau + 1, 0, extra)];
                blocks = 0;
            }

            _patterns[i] = own;
            _extraPerRun[i] = extra <= 1e-12 ? 0 : blocks > 0 ? extra / blocks : double.PositiveInfinity;
        }

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
        _extraCredit = 0;
        for (int i = 0; i < _patterns.Length; i++)
        {
            Array.Clear(_credit[i]);
            _target[i] = _patterns[i].Length > 0 ? NextPattern(i) : -1;
        }
    }

    /// <inheritdoc />
    public int Choose(ReadOnlySpan<int> state)
    {
        if (_current >= 0 && state[_current] > 0)
        {
            if (_runLeft > 0)
            {
                _runLeft--;
                return _current;
            }

            if (_extraCredit >= 1)
            {
                // The relaxation's z: plays beyond τmax + 1, spread over this arm's runs at the LP's rate.
                _extraCredit--;
                return _current;
            }
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
            _extraCredit = (double.IsPositiveInfinity(_extraPerRun[best]) ? double.MaxValue : 0) + _extraPerRun[best] + (_extraCredit % 1);
            return best;
        }

        // No arm is due: fill the round without disturbing the arms whose virtual state is "idle, recharging" — prefer,
        // greedily, arms that are not waiting for their pattern's idle time (the arm just played included).
        int fill = -1;
        for (int pass = 0; pass < 2 && fill < 0; pass++)
        {
            for (int i = 0; i < state.Length; i++)
            {
                bool waiting = _target[i] >= 0 && state[i] < 0;
                if ((pass == 1 || !waiting) && (fill < 0 || _instance.Mean(i, state[i]) > _instance.Mean(fill, state[fill])))
                {
                    fill = i;
                }
            }
        }

        _current = fill;
        _runLeft = 0;
        _extraCredit = 0;
        return fill;
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
