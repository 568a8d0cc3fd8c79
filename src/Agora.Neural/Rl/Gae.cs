namespace Agora.Neural.Rl;

/// <summary>Generalised advantage estimation over a rollout stored step-major (index = t · rows + row).</summary>
/// <remarks>
/// δ_t = r_t + γ·V(s_{t+1})·(1 − d_{t+1}) − V(s_t); A_t = δ_t + γλ·(1 − d_{t+1})·A_{t+1}; returns R_t = A_t + V(s_t). The
/// value after the last step is bootstrapped from <c>nextValue</c> unless <c>nextDone</c> is set (Schulman et al.,
/// "High-Dimensional Continuous Control Using Generalized Advantage Estimation", 2016; CleanRL's ppo.py loop).
/// Shared by <see cref="Ppo"/>, <see cref="ContinuousPpo"/> and <see cref="MultiAgentPpo"/>.
/// </remarks>
internal static class Gae
{
    public static void Compute(
        ReadOnlySpan<float> rewards,
        ReadOnlySpan<float> values,
        ReadOnlySpan<float> dones,
        ReadOnlySpan<float> nextDone,
        ReadOnlySpan<float> nextValue,
        int steps,
        float gamma,
        float lambda,
        Span<float> advantages,
        Span<float> returns)
    {
        int n = nextDone.Length;
        for (int e = 0; e < n; e++)
        {
            float lastGaeLam = 0;
            for (int t = steps - 1; t >= 0; t--)
            {
                float nextNonTerminal = t == steps - 1 ? 1f - nextDone[e] : 1f - dones[((t + 1) * n) + e];
                float nextValues = t == steps - 1 ? nextValue[e] : values[((t + 1) * n) + e];
                int i = (t * n) + e;
                float delta = rewards[i] + (gamma * nextValues * nextNonTerminal) - values[i];
                lastGaeLam = delta + (gamma * lambda * nextNonTerminal * lastGaeLam);
                advantages[i] = lastGaeLam;
                returns[i] = lastGaeLam + values[i];
            }
        }
    }
}
