namespace Agora.Core.MultiAgent.Cabn;

/// <summary>Exact policy evaluation and gradient ascent for a <see cref="BayesNetPolicy"/> on a <see cref="CoordinationMdp"/>.</summary>
/// <remarks>
/// The authors' tabular code minimises <c>−1/(1−γ) Σ_{s,a} d(s) Q(s,a) π(a|s)</c> with
/// <c>d = (1−γ) μᵀ(I − γP_π)^{-1}</c> and Q held fixed, i.e. ascends the policy-gradient theorem's
/// <c>∇J = Σ_s ρ(s) Σ_a Q(s,a) π(a|s) ∇log π(a|s)</c> with <c>ρ = μᵀ(I − γP_π)^{-1}</c> (Sutton et al. 2000). For the
/// Bayesian network, <c>∇log π(a|s) = Σ_i ∇log π_i(a_i | s, a_pa(i))</c>. V and ρ come from dense linear solves of
/// size 2^n; Q(s,a) = r(s) + γ Σ_s' P(s'|a) V(s'). As in the authors' code (torch's <c>clip_grad_norm_</c>), the
/// whole gradient is rescaled when its norm exceeds the clip, with torch's 1e-6 in the denominator.
/// </remarks>
public sealed class ExactPolicyGradient
{
    private readonly CoordinationMdp _mdp;
    private readonly double[] _pi;
    private readonly double[] _pPi;
    private readonly double[] _v;
    private readonly double[] _rho;

    /// <summary>Creates the solver.</summary>
    /// <param name="mdp">The game.</param>
    public ExactPolicyGradient(CoordinationMdp mdp)
    {
        ArgumentNullException.ThrowIfNull(mdp);
        _mdp = mdp;
        int n = mdp.States;
        _pi = new double[n * n];
        _pPi = new double[n * n];
        _v = new double[n];
        _rho = new double[n];
    }

    /// <summary>J(π) = Σ_s μ(s) V^π(s).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The value.</returns>
    public double Evaluate(BayesNetPolicy policy)
    {
        Solve(policy);
        return _v.Sum() * _mdp.StartWeight;
    }

    /// <summary>
    /// The Nash-equilibrium gap of the authors' code: the most any one agent could gain by best-responding while the
    /// others keep the policy, max_i J(BR_i) − J(π).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The gap (non-negative up to rounding: π itself is one of agent i's responses).</returns>
    /// <remarks>
    /// As <c>get_NE_Gap_i</c> in <c>Tabular_Coordination_Game/cg.py</c>: agent i chooses a_i in each state; the others'
    /// actions follow π's conditional P(a_−i | s, a_i) = π(a | s) / π_i(a_i | s) (so children of i in the Bayesian
    /// network react to its choice), the next state follows the joint action with the usual flips, and value iteration on
    /// this 2-action MDP gives V_i; the gap is max_i μᵀV_i − J. The authors add 1e-20 to π_i(a_i | s) before dividing;
    /// here an action π never takes contributes nothing instead.
    /// </remarks>
    public double NashGap(BayesNetPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        double j = Evaluate(policy);
        int n = _mdp.States;
        double best = double.NegativeInfinity;
        var next = new double[2 * n * n];
        var v = new double[n];
        var updated = new double[n];
        for (int agent = 0; agent < policy.Agents; agent++)
        {
            // P(s' | s, a_i) for both choices of a_i.
            Array.Clear(next);
            for (int s = 0; s < n; s++)
            {
                double one = 0;
                for (int a = 0; a < n; a++)
                {
                    one += (a >> agent & 1) == 1 ? _pi[(s * n) + a] : 0;
                }

                for (int a = 0; a < n; a++)
                {
                    int choice = a >> agent & 1;
                    double marginal = choice == 1 ? one : 1 - one;
                    if (marginal <= 0)
                    {
                        continue;
                    }

                    double conditional = _pi[(s * n) + a] / marginal;
                    int row = ((s * 2) + choice) * n;
                    for (int s2 = 0; s2 < n; s2++)
                    {
                        next[row + s2] += conditional * _mdp.Transition(a, s2);
                    }
                }
            }

            Array.Clear(v);
            for (int iteration = 0; iteration < 1_000_000; iteration++)
            {
                double change = 0;
                for (int s = 0; s < n; s++)
                {
                    double q0 = 0, q1 = 0;
                    for (int s2 = 0; s2 < n; s2++)
                    {
                        q0 += next[(((s * 2) + 0) * n) + s2] * v[s2];
                        q1 += next[(((s * 2) + 1) * n) + s2] * v[s2];
                    }

                    updated[s] = _mdp.Reward[s] + (_mdp.Gamma * Math.Max(q0, q1));
                    change = Math.Max(change, Math.Abs(updated[s] - v[s]));
                }

                updated.CopyTo(v, 0);
                if (change < 1e-12)
                {
                    break;
                }
            }

            best = Math.Max(best, v.Sum() * _mdp.StartWeight);
        }

        return best - j;
    }

    /// <summary>One exact gradient-ascent step.</summary>
    /// <param name="policy">The policy; updated in place.</param>
    /// <param name="learningRate">The SGD step (the authors use 0.01).</param>
    /// <param name="clipNorm">The gradient's Euclidean norm is scaled down to at most this (the authors clip at 1000).</param>
    /// <returns>J before the step.</returns>
    public double Step(BayesNetPolicy policy, double learningRate, double clipNorm = 1000)
    {
        ArgumentNullException.ThrowIfNull(policy);
        double j = Evaluate(policy);
        int n = _mdp.States;
        double[][] tableGrad = policy.NewTableGradient();
        double[][]? baseGrad = policy.NewBaseGradient();
        for (int s = 0; s < n; s++)
        {
            for (int a = 0; a < n; a++)
            {
                double q = _mdp.Reward[s] + (_mdp.Gamma * _mdp.Expected(a, _v));
                double weight = _rho[s] * _pi[(s * n) + a] * q;
                for (int i = 0; i < policy.Agents; i++)
                {
                    policy.AccumulateScore(tableGrad, baseGrad, i, s, a, weight);
                }
            }
        }

        double norm = Math.Sqrt(tableGrad.Concat(baseGrad ?? []).Sum(g => g.Sum(x => x * x)));
        double scale = norm > clipNorm ? clipNorm / (norm + 1e-6) : 1;
        policy.Ascend(tableGrad, baseGrad, learningRate * scale);
        return j;
    }

    // π(a|s), P_π, then V = (I − γP_π)^{-1} r and ρ = μᵀ(I − γP_π)^{-1}.
    private void Solve(BayesNetPolicy policy)
    {
        int n = _mdp.States;
        for (int s = 0; s < n; s++)
        {
            for (int a = 0; a < n; a++)
            {
                _pi[(s * n) + a] = policy.JointProbability(s, a);
            }

            for (int next = 0; next < n; next++)
            {
                double p = 0;
                for (int a = 0; a < n; a++)
                {
                    p += _pi[(s * n) + a] * _mdp.Transition(a, next);
                }

                _pPi[(s * n) + next] = p;
            }
        }

        var m = new double[n * n];
        var mt = new double[n * n];
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c < n; c++)
            {
                double value = (r == c ? 1 : 0) - (_mdp.Gamma * _pPi[(r * n) + c]);
                m[(r * n) + c] = value;
                mt[(c * n) + r] = value;
            }
        }

        _mdp.Reward.CopyTo(_v, 0);
        LinearSolve(m, _v, n);
        Array.Fill(_rho, _mdp.StartWeight);
        LinearSolve(mt, _rho, n);
    }

    // Gaussian elimination with partial pivoting; (I − γP) is strictly diagonally dominant, so it is well conditioned.
    private static void LinearSolve(double[] a, double[] b, int n)
    {
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[(r * n) + col]) > Math.Abs(a[(pivot * n) + col]))
                {
                    pivot = r;
                }
            }

            if (pivot != col)
            {
                for (int c = 0; c < n; c++)
                {
                    (a[(col * n) + c], a[(pivot * n) + c]) = (a[(pivot * n) + c], a[(col * n) + c]);
                }

                (b[col], b[pivot]) = (b[pivot], b[col]);
            }

            for (int r = col + 1; r < n; r++)
            {
                double f = a[(r * n) + col] / a[(col * n) + col];
                for (int c = col; c < n; c++)
                {
                    a[(r * n) + c] -= f * a[(col * n) + c];
                }

                b[r] -= f * b[col];
            }
        }

        for (int r = n - 1; r >= 0; r--)
        {
            double sum = b[r];
            for (int c = r + 1; c < n; c++)
            {
                sum -= a[(r * n) + c] * b[c];
            }

            b[r] = sum / a[(r * n) + r];
        }
    }
}
