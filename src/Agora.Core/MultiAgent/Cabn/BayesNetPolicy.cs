using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Cabn;

/// <summary>
/// A tabular Bayesian-network joint policy over binary actions: <c>π(a | s) = Π_i π_i(a_i | s, a_pa(i))</c>, each factor
/// a softmax over a logit table indexed by [state, parent configuration].
/// </summary>
/// <remarks>
/// <para>
/// Without annealing the logits of agent i are <c>T_i[s, c, ·]</c> (the authors' tabular parameterisation; c = the
/// parents' actions as bits). With sparsity annealing (our reading, see docs/cabn.md) they are
/// <c>B_i[s, ·] + g · T_i[s, c, ·]</c>: an independent base plus a parent-conditioned term scaled by the edge gate g,
/// which falls from 1 to 0 so that the final policy is decentralised (π_i depends on s only).
/// </para>
/// </remarks>
public sealed class BayesNetPolicy
{
    private readonly int[][] _parents;
    private readonly double[][] _table;
    private readonly double[][]? _base;

    /// <summary>Draws every logit from N(0, 1), as the authors' code initialises θ.</summary>
    /// <param name="agents">n.</param>
    /// <param name="dag">The DAG.</param>
    /// <param name="annealable">Whether to add the independent base used by sparsity annealing.</param>
    /// <param name="rng">The generator.</param>
    public BayesNetPolicy(int agents, BayesNetDag dag, bool annealable, ref AgoraRandom rng)
    {
        Agents = agents;
        States = 1 << agents;
        _parents = BayesNetDags.Parents(dag, agents);
        _table = new double[agents][];
        for (int i = 0; i < agents; i++)
        {
            _table[i] = new double[States * (1 << _parents[i].Length) * 2];
            Fill(_table[i], ref rng);
        }

        if (annealable)
        {
            _base = new double[agents][];
            for (int i = 0; i < agents; i++)
            {
                _base[i] = new double[States * 2];
                Fill(_base[i], ref rng);
            }
        }
    }

    /// <summary>n.</summary>
    public int Agents { get; }

    /// <summary>2^n.</summary>
    public int States { get; }

    /// <summary>The edge gate g in [0, 1] (1 = full Bayesian network; 0 = independent). Only meaningful when annealable.</summary>
    public double Gate { get; set; } = 1;

    /// <summary>Agent i's parent configuration for joint action <paramref name="joint"/>.</summary>
    /// <param name="agent">i.</param>
    /// <param name="joint">The joint action as bits.</param>
    /// <returns>c, the parents' actions as bits in parent order.</returns>
    public int ParentConfig(int agent, int joint)
    {
        int c = 0;
        int[] parents = _parents[agent];
        for (int k = 0; k < parents.Length; k++)
        {
            c |= ((joint >> parents[k]) & 1) << k;
        }

        return c;
    }

    /// <summary>π_i(1 | s, c), the probability that agent i plays 1.</summary>
    /// <param name="agent">i.</param>
    /// <param name="state">s.</param>
    /// <param name="config">c.</param>
    /// <returns>The probability.</returns>
    public double ProbabilityOfOne(int agent, int state, int config)
    {
        int o = ((state << _parents[agent].Length) | config) * 2;
        double l0 = _table[agent][o] * (_base is null ? 1 : Gate);
        double l1 = _table[agent][o + 1] * (_base is null ? 1 : Gate);
        if (_base is not null)
        {
            l0 += _base[agent][state * 2];
            l1 += _base[agent][(state * 2) + 1];
        }

        return 1 / (1 + Math.Exp(l0 - l1));
    }

    /// <summary>π(a | s) for a joint action.</summary>
    /// <param name="state">s.</param>
    /// <param name="joint">a as bits.</param>
    /// <returns>The product of the factors.</returns>
    public double JointProbability(int state, int joint)
    {
        double p = 1;
        for (int i = 0; i < Agents; i++)
        {
            double one = ProbabilityOfOne(i, state, ParentConfig(i, joint));
            p *= ((joint >> i) & 1) == 1 ? one : 1 - one;
        }

        return p;
    }

    // Adds weight · ∂log π_i(a_i | s, c)/∂logits (= 1{b = a_i} − π_i(b | s, c)) to the gradient of (s, c), and of the base when annealing.
    internal void AccumulateScore(double[][] tableGrad, double[][]? baseGrad, int agent, int state, int joint, double weight)
    {
        int config = ParentConfig(agent, joint);
        int action = (joint >> agent) & 1;
        double one = ProbabilityOfOne(agent, state, config);
        double g0 = weight * ((action == 0 ? 1 : 0) - (1 - one));
        double g1 = weight * ((action == 1 ? 1 : 0) - one);
        int o = ((state << _parents[agent].Length) | config) * 2;
        double scale = _base is null ? 1 : Gate;
        tableGrad[agent][o] += g0 * scale;
        tableGrad[agent][o + 1] += g1 * scale;
        if (baseGrad is not null)
        {
            baseGrad[agent][state * 2] += g0;
            baseGrad[agent][(state * 2) + 1] += g1;
        }
    }

    internal double[][] Tables => _table;

    internal double[][] NewTableGradient() => _table.Select(t => new double[t.Length]).ToArray();

    internal double[][]? NewBaseGradient() => _base?.Select(t => new double[t.Length]).ToArray();

    internal void Ascend(double[][] tableGrad, double[][]? baseGrad, double learningRate)
    {
        for (int i = 0; i < Agents; i++)
        {
            for (int k = 0; k < _table[i].Length; k++)
            {
                _table[i][k] += learningRate * tableGrad[i][k];
            }

            if (_base is not null && baseGrad is not null)
            {
                for (int k = 0; k < _base[i].Length; k++)
                {
                    _base[i][k] += learningRate * baseGrad[i][k];
                }
            }
        }
    }

    private static void Fill(double[] values, ref AgoraRandom rng)
    {
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = rng.NextGaussian();
        }
    }
}
