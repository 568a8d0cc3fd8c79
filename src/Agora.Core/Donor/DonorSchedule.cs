using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>One donation: who gives, who receives.</summary>
/// <param name="Donor">The donor's index.</param>
/// <param name="Recipient">The recipient's index.</param>
public readonly record struct DonorPairing(int Donor, int Recipient);

/// <summary>
/// The bipartite round-robin schedule of the released notebook: n rounds in which every agent meets one partner per
/// round and is donor n/2 times and recipient n/2 times.
/// </summary>
/// <remarks>
/// Shuffle the agents and split them into halves A and B of size h = n/2. Round i (0 ≤ i &lt; h) pairs A[j] with
/// B[(j + i) mod h]; A donates in even rounds and B in odd ones. Rounds h..2h−1 repeat rounds 0..h−1 with the roles
/// reversed. Game 2 replays the whole schedule with every pair's roles reversed.
/// </remarks>
public sealed class DonorSchedule
{
    private readonly DonorPairing[] _pairings;

    private DonorSchedule(int agents, DonorPairing[] pairings)
    {
        Agents = agents;
        _pairings = pairings;
    }

    /// <summary>The number of agents.</summary>
    public int Agents { get; }

    /// <summary>Rounds per game (equal to the number of agents).</summary>
    public int Rounds => Agents;

    /// <summary>Pairings per round (half the agents).</summary>
    public int PairsPerRound => Agents / 2;

    /// <summary>Builds a schedule, shuffling the agents with <paramref name="rng"/>.</summary>
    /// <param name="agents">An even, positive number of agents.</param>
    /// <param name="rng">The generator for the shuffle.</param>
    /// <returns>The schedule.</returns>
    public static DonorSchedule Create(int agents, ref AgoraRandom rng)
    {
        if (agents <= 0 || agents % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(agents), agents, "the schedule needs a positive even number of agents.");
        }

        var pairings = new DonorPairing[agents * (agents / 2)];
        Fill(agents, pairings, ref rng);
        return new DonorSchedule(agents, pairings);
    }

    /// <summary>Reshuffles this schedule in place (no allocation), for the next generation.</summary>
    /// <param name="rng">The generator for the shuffle.</param>
    public void Reshuffle(ref AgoraRandom rng) => Fill(Agents, _pairings, ref rng);

    private static void Fill(int agents, DonorPairing[] pairings, ref AgoraRandom rng)
    {
        Span<int> order = agents <= 256 ? stackalloc int[agents] : new int[agents];
        for (int i = 0; i < agents; i++)
        {
            order[i] = i;
        }

        rng.Shuffle(order);
        int half = agents / 2;
        for (int round = 0; round < half; round++)
        {
            for (int j = 0; j < half; j++)
            {
                int a = order[j];
                int b = order[half + ((j + round) % half)];
                var forward = round % 2 == 0 ? new DonorPairing(a, b) : new DonorPairing(b, a);
                pairings[(round * half) + j] = forward;
                pairings[((round + half) * half) + j] = new DonorPairing(forward.Recipient, forward.Donor);
            }
        }
    }

    /// <summary>The pairings of one round of one game.</summary>
    /// <param name="game">0 for game 1, 1 for game 2 (roles reversed).</param>
    /// <param name="round">The round, 0-based.</param>
    /// <param name="destination">A buffer of <see cref="PairsPerRound"/> pairings.</param>
    public void Round(int game, int round, Span<DonorPairing> destination)
    {
        var source = _pairings.AsSpan(round * PairsPerRound, PairsPerRound);
        for (int j = 0; j < source.Length; j++)
        {
            destination[j] = game == 0 ? source[j] : new DonorPairing(source[j].Recipient, source[j].Donor);
        }
    }
}
