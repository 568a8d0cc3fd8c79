using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>Plays a policy on a bandit and totals the pseudo-regret: the one loop tests and benchmarks share.</summary>
public static class BanditRun
{
    /// <summary>Resets <paramref name="policy"/>, plays <paramref name="pulls"/> rounds and returns Σ_t (μ* − μ_{a_t}).</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="bandit">The bandit (not reset here).</param>
    /// <param name="pulls">Rounds to play.</param>
    /// <param name="policyRng">The policy's generator; it advances.</param>
    /// <param name="rewardRng">The reward generator; it advances.</param>
    /// <returns>The pseudo-regret.</returns>
    public static double PseudoRegret(IBanditPolicy policy, IBandit bandit, long pulls, ref AgoraRandom policyRng, ref AgoraRandom rewardRng)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(bandit);
        policy.Reset(bandit.Arms);
        double regret = 0;
        for (long t = 0; t < pulls; t++)
        {
            int arm = policy.SelectArm(ref policyRng);
            regret += bandit.Gap(arm);
            policy.Update(arm, bandit.Pull(arm, ref rewardRng));
        }

        return regret;
    }
}
