namespace Agora.Core.Tests.Fingerprints;

/// <summary>The exact expected score per turn of a memory-one strategy against the Ashlock probe built on Tit For Tat,
/// by propagating the distribution of the last joint move (no sampling).</summary>
/// <remarks>
/// For x + y &lt; 1 the probe JA(TFT, x, y) plays C first with probability x + (1 − x − y) = 1 − y, and afterwards C
/// with probability 1 − y after our C and x after our D. For x + y ≥ 1 the dual of JA(TFT, 1 − x, 1 − y) forces C
/// with probability 1 − y, D with probability 1 − x, and otherwise plays the dual of TFT (D first, then the opposite
/// of our last move), which gives the same three numbers. So the probe is the memory-one player (1 − y; 1 − y, x)
/// everywhere, and the Markov chain on (our move, its move) gives the finite-horizon expectation exactly.
/// </remarks>
internal static class MemoryOneExpectation
{
    /// <summary>Expected score per turn of the player over <paramref name="turns"/> turns.</summary>
    /// <param name="first">P(C) on the first move.</param>
    /// <param name="afterCC">P(C) after (own C, opponent C); likewise the next three, own move first.</param>
    /// <param name="afterCD">After (C, D).</param>
    /// <param name="afterDC">After (D, C).</param>
    /// <param name="afterDD">After (D, D).</param>
    /// <param name="x">The probe's x.</param>
    /// <param name="y">The probe's y.</param>
    /// <param name="turns">Match length.</param>
    /// <returns>E[score]/turns with Axelrod's PD payoffs (R, S, T, P = 3, 0, 5, 1).</returns>
    public static double ScorePerTurn(double first, double afterCC, double afterCD, double afterDC, double afterDD, double x, double y, int turns)
    {
        double[] payoff = [3, 0, 5, 1]; // CC, CD, DC, DD from our side
        double[] own = [afterCC, afterCD, afterDC, afterDD];
        double probeFirst = 1 - y;
        double[] probeAfterOwn = [1 - y, x]; // after our C, after our D

        // State s = 2·(our move) + (probe move), C = 0.
        double[] p = [first * probeFirst, first * (1 - probeFirst), (1 - first) * probeFirst, (1 - first) * (1 - probeFirst)];
        double total = 0;
        for (int t = 0; t < turns; t++)
        {
            for (int s = 0; s < 4; s++)
            {
                total += p[s] * payoff[s];
            }

            var next = new double[4];
            for (int s = 0; s < 4; s++)
            {
                double ourC = own[s];
                double probeC = probeAfterOwn[s / 2];
                next[0] += p[s] * ourC * probeC;
                next[1] += p[s] * ourC * (1 - probeC);
                next[2] += p[s] * (1 - ourC) * probeC;
                next[3] += p[s] * (1 - ourC) * (1 - probeC);
            }

            p = next;
        }

        return total / turns;
    }

    /// <summary>Tit For Tat: C first, then the probe's last move.</summary>
    public static double TitForTat(double x, double y, int turns) => ScorePerTurn(1, 1, 0, 1, 0, x, y, turns);

    /// <summary>Win-Stay Lose-Shift: C first, then C after CC or DD.</summary>
    public static double WinStayLoseShift(double x, double y, int turns) => ScorePerTurn(1, 1, 0, 0, 1, x, y, turns);
}
