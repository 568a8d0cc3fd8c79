using Agora.Core.Randomness;

namespace Agora.Core.Bandits;

/// <summary>ε-greedy with sample-average estimates: explore uniformly with probability ε, else exploit.</summary>
/// <remarks>
/// Sutton and Barto, <i>Reinforcement Learning: An Introduction</i> (2nd ed., 2018), §2.2–2.4. With a fixed ε the
/// expected regret grows linearly in T (ε·T/k·Σ gaps), which is the contrast the regret experiment shows.
/// </remarks>
public sealed class EpsilonGreedy : IBanditPolicy
{
    private readonly ArmStatistics _stats = new();

    /// <summary>Creates the policy.</summary>
    /// <param name="epsilon">The exploration probability in [0, 1].</param>
    public EpsilonGreedy(double epsilon)
    {
        if (!(epsilon >= 0 && epsilon <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must lie in [0, 1].");
        }

        Epsilon = epsilon;
    }

    /// <summary>The exploration probability.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public string Name => "epsilon-greedy";

    /// <inheritdoc />
    public void Reset(int arms) => _stats.Reset(arms);

    /// <inheritdoc />
    public int SelectArm(ref AgoraRandom rng) =>
        rng.NextDouble() < Epsilon
            ? rng.NextInt(_stats.Means.Length)
            : ArmStatistics.ArgMaxRandomTies(_stats.Means, ref rng);

    /// <inheritdoc />
    public void Update(int arm, double reward) => _stats.Update(arm, reward);
}
