namespace Agora.Core.MultiAgent.Cabn;

/// <summary>
/// The n-agent coordination MDP of the CABN/BNPG tabular experiment: states {0,1}^n, binary actions, each agent's bit
/// becomes its action with probability 1 − ε, and the reward depends on the state only.
/// </summary>
/// <remarks>
/// Chen &amp; Zhang, "Context-aware Bayesian network actor-critic methods for cooperative multi-agent reinforcement
/// learning" (ICML 2023, unverified venue); spec cabn-bayesian-network-policies.md (a), read from the authors'
/// <c>Tabular_Coordination_Game/cg.py</c>. With z zeros, o ones and l = {2:1, 3:1, 5:2}[n]: if |z − o| ≤ l the reward is 1
/// when z &lt; o else 0; otherwise 3 when z &gt; o (all zeros: the global optimum) else 2 (the local optimum). The
/// start weights μ are 1/n for every state, a quirk kept as is (only ratios are reported, but it scales the gradient).
/// State s is the bit pattern Σ s_i 2^i; joint action a likewise.
/// </remarks>
public sealed class CoordinationMdp
{
    private readonly double[] _transition;

    /// <summary>Builds the tables.</summary>
    /// <param name="agents">n ∈ {2, 3, 5}.</param>
    /// <param name="epsilon">The flip probability; default 0.1.</param>
    /// <param name="gamma">The discount; default 0.95.</param>
    public CoordinationMdp(int agents, double epsilon = 0.1, double gamma = 0.95)
    {
        Agents = agents;
        int tolerance = agents switch
        {
            2 or 3 => 1,
            5 => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(agents), agents, "The coordination game is defined for n = 2, 3 or 5 agents (n = 10 exists upstream but is too large for exact tables here)."),
        };
        Epsilon = epsilon;
        Gamma = gamma;
        States = 1 << agents;
        Reward = new double[States];
        for (int s = 0; s < States; s++)
        {
            int ones = System.Numerics.BitOperations.PopCount((uint)s);
            int zeros = agents - ones;
            Reward[s] = Math.Abs(zeros - ones) <= tolerance ? (zeros < ones ? 1 : 0) : (zeros > ones ? 3 : 2);
        }

        _transition = new double[States * States];
        for (int a = 0; a < States; a++)
        {
            for (int next = 0; next < States; next++)
            {
                int flips = System.Numerics.BitOperations.PopCount((uint)(a ^ next));
                _transition[(a * States) + next] = Math.Pow(epsilon, flips) * Math.Pow(1 - epsilon, agents - flips);
            }
        }
    }

    /// <summary>n.</summary>
    public int Agents { get; }

    /// <summary>2^n states (and joint actions).</summary>
    public int States { get; }

    /// <summary>ε.</summary>
    public double Epsilon { get; }

    /// <summary>γ.</summary>
    public double Gamma { get; }

    /// <summary>r(s).</summary>
    public double[] Reward { get; }

    /// <summary>The start weight of every state, 1/n (upstream's quirk).</summary>
    public double StartWeight => 1.0 / Agents;

    /// <summary>P(s' | a): the next state depends only on the joint action.</summary>
    /// <param name="jointAction">The joint action.</param>
    /// <param name="next">The next state.</param>
    /// <returns>The probability.</returns>
    public double Transition(int jointAction, int next) => _transition[(jointAction * States) + next];

    /// <summary>J* = Σ_s μ(s) V*(s), by value iteration over joint actions to a 1e-12 fixed point.</summary>
    /// <returns>The optimal value.</returns>
    public double OptimalValue()
    {
        var v = new double[States];
        var next = new double[States];
        for (int iteration = 0; iteration < 100_000; iteration++)
        {
            double best = double.NegativeInfinity;
            for (int a = 0; a < States; a++)
            {
                best = Math.Max(best, Expected(a, v));
            }

            double change = 0;
            for (int s = 0; s < States; s++)
            {
                next[s] = Reward[s] + (Gamma * best);
                change = Math.Max(change, Math.Abs(next[s] - v[s]));
            }

            (v, next) = (next, v);
            if (change < 1e-12)
            {
                break;
            }
        }

        return v.Sum() * StartWeight;
    }

    /// <summary>Σ_s' P(s' | a) v(s').</summary>
    /// <param name="jointAction">The joint action.</param>
    /// <param name="values">v.</param>
    /// <returns>The expectation.</returns>
    public double Expected(int jointAction, ReadOnlySpan<double> values)
    {
        double sum = 0;
        for (int next = 0; next < States; next++)
        {
            sum += _transition[(jointAction * States) + next] * values[next];
        }

        return sum;
    }
}
