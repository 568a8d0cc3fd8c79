namespace Agora.Core.Tournaments;

/// <summary>Who meets whom: Axelrod's round robin with self-play, or a validated edge list.</summary>
internal static class TournamentPairs
{
    /// <summary>The pairs in play order: (0,0), (0,1) … (0,n−1), (1,1) … for a round robin; the edges as given otherwise.</summary>
    public static (int First, int Second)[] Build(int players, IReadOnlyList<(int First, int Second)>? edges)
    {
        if (edges is null)
        {
            var all = new (int, int)[players * (players + 1) / 2];
            int k = 0;
            for (int i = 0; i < players; i++)
            {
                for (int j = i; j < players; j++)
                {
                    all[k++] = (i, j);
                }
            }

            return all;
        }

        if (edges.Count == 0)
        {
            throw new ArgumentException("edges: a spatial tournament needs at least one edge.", nameof(edges));
        }

        var seen = new HashSet<(int, int)>();
        var covered = new bool[players];
        foreach (var (a, b) in edges)
        {
            if ((uint)a >= (uint)players || (uint)b >= (uint)players)
            {
                throw new ArgumentException($"edges: ({a}, {b}) names a player outside 0..{players - 1}.", nameof(edges));
            }

            if (!seen.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                throw new ArgumentException($"edges: ({a}, {b}) is listed twice.", nameof(edges));
            }

            covered[a] = covered[b] = true;
        }

        int missing = Array.IndexOf(covered, false);
        if (missing >= 0)
        {
            throw new ArgumentException($"edges: player {missing} appears in no edge; every player must play.", nameof(edges));
        }

        return [.. edges];
    }
}
