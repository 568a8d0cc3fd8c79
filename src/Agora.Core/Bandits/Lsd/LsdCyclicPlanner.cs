namespace Agora.Core.Bandits.Lsd;

/// <summary>The best periodic policy: every cycle of length at most L, repeated from the rested start, scored over T rounds.</summary>
/// <remarks>
/// Laforgue et al. (AISTATS 2022) compare against periodic policies (our reading; unverified). Enumeration costs
/// O(k^L · T·k); cycles are enumerated in lexicographic order and the first best is kept.
/// </remarks>
public static class LsdCyclicPlanner
{
    /// <summary>Finds the best cycle.</summary>
    /// <param name="instance">The payoffs.</param>
    /// <param name="maxLength">L ≥ 1, with k^L at most 10⁶.</param>
    /// <param name="horizon">T, the horizon scored.</param>
    /// <returns>The best cycle's policy and its value over T.</returns>
    public static (LsdCyclicPolicy Policy, double Value) Best(LsdInstance instance, int maxLength, int horizon)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        int k = instance.Arms;
        if (Math.Pow(k, maxLength) > 1e6)
        {
            throw new ArgumentException($"k^L = {k}^{maxLength} cycles is too many to enumerate (at most 1e6).", nameof(maxLength));
        }

        int[] best = [0];
        double bestValue = double.NegativeInfinity;
        var sequence = new int[horizon];
        for (int length = 1; length <= maxLength; length++)
        {
            var cycle = new int[length];
            while (true)
            {
                for (int t = 0; t < horizon; t++)
                {
                    sequence[t] = cycle[t % length];
                }

                double value = LsdEvaluation.Value(instance, sequence);
                if (value > bestValue + 1e-12)
                {
                    bestValue = value;
                    best = (int[])cycle.Clone();
                }

                int j = length - 1;
                while (j >= 0 && ++cycle[j] == k)
                {
                    cycle[j--] = 0;
                }

                if (j < 0)
                {
                    break;
                }
            }
        }

        return (new LsdCyclicPolicy(best), bestValue);
    }
}
