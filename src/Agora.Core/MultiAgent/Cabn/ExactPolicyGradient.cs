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
