namespace Agora.Core.Evolution;

/// <summary>Which games a generation needs.</summary>
public sealed partial class MoranProcess
{
    /// <summary>The games a death–birth generation with <paramref name="dead"/> as the vacant node schedules: each
    /// candidate parent (an in-neighbour of the dead node in the reproduction graph) against each of its interaction
    /// partners other than the dead node, in lexicographic order without repeats.</summary>
    /// <param name="dead">The dead node.</param>
    /// <returns>The pairs. On <c>cycle(6)</c> with dead = 4 they are (0, 5) and (2, 3).</returns>
    public IReadOnlyList<MatchPair> DeathBirthSchedule(int dead)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dead);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(dead, Size);
        int[] candidates = [.. Reproduction.InNeighbours(dead).ToArray().Where(c => c != dead)];
        var schedule = new List<MatchPair>();
        BuildDeathBirthSchedule(dead, candidates, schedule);
        return schedule;
    }

    /// <summary>The games of a birth–death generation: every pair joined in the interaction graph, in lexicographic order.</summary>
    /// <returns>The pairs.</returns>
    public IReadOnlyList<MatchPair> BirthDeathSchedule()
    {
        var schedule = new List<MatchPair>();
        BuildBirthDeathSchedule(Interaction, schedule);
        return schedule;
    }

    private static void BuildBirthDeathSchedule(PopulationGraph interaction, List<MatchPair> schedule)
    {
        schedule.Clear();
        for (int i = 0; i < interaction.NodeCount; i++)
        {
            foreach (int j in interaction.Partners(i))
            {
                if (j > i)
                {
                    schedule.Add(new MatchPair(i, j));
                }
            }
        }
    }

    private void BuildDeathBirthSchedule(int dead, ReadOnlySpan<int> candidates, List<MatchPair> schedule)
    {
        schedule.Clear();
        foreach (int candidate in candidates)
        {
            foreach (int partner in Interaction.Partners(candidate))
            {
                if (partner != dead)
                {
                    schedule.Add(MatchPair.Of(candidate, partner));
                }
            }
        }

        // Two candidates that are partners would add their game twice: sort, then drop repeats in place.
        schedule.Sort();
        int kept = 0;
        for (int k = 0; k < schedule.Count; k++)
        {
            if (kept == 0 || schedule[k] != schedule[kept - 1])
            {
                schedule[kept++] = schedule[k];
            }
        }

        schedule.RemoveRange(kept, schedule.Count - kept);
    }
}
