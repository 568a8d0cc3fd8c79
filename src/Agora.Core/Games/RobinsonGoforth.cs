namespace Agora.Core.Games;

/// <summary>One of the 144 Robinson–Goforth ordinal 2×2 games, as numbered in Akata et al.'s <c>144_games_info.csv</c>.</summary>
/// <param name="Number">1 … 144; number = 12·(row − 1) + column.</param>
/// <param name="Row">Player 1's preference pattern, 1 … 12.</param>
/// <param name="Column">Player 2's preference pattern, 1 … 12.</param>
/// <param name="Name">The game's name in the table, e.g. <c>Stag Hunt</c>.</param>
/// <param name="Family">Its family: Win-win, Biased, Cyclic, PD Family, Second Best, Unfair or Tragic.</param>
/// <param name="Payoffs">Ordinal payoffs 1 … 4 in the CSV's order: r1c1 (p1, p2), r1c2 (p1, p2), r2c1 (p1, p2), r2c2 (p1, p2).</param>
public sealed record RobinsonGoforthGame(int Number, int Row, int Column, string Name, string Family, IReadOnlyList<int> Payoffs)
{
    /// <summary>The registry id, <c>rg-N</c>.</summary>
    public string Id => $"rg-{Number}";

    /// <summary>The game as a <see cref="MatrixGame"/> with actions C (0) and D (1) for both players.</summary>
    /// <param name="rounds">How many rounds; 10 by default, as in Akata et al.'s sweep.</param>
    /// <returns>The bimatrix game.</returns>
    public MatrixGame ToMatrixGame(int rounds = 10) => new(
        Id,
        $"Robinson–Goforth #{Number} {Name} ({Family})",
        new double[,] { { Payoffs[0], Payoffs[2] }, { Payoffs[4], Payoffs[6] } },
        new double[,] { { Payoffs[1], Payoffs[3] }, { Payoffs[5], Payoffs[7] } },
        ["C", "D"],
        ["C", "D"],
        rounds);
}

/// <summary>Generates the 144 Robinson–Goforth games.</summary>
/// <remarks>
/// <para>
/// Robinson and Goforth (2005), <i>The Topology of the 2×2 Games</i>, arrange the strict ordinal games on a 12×12 grid:
/// each player's preference pattern is one of 12 orderings of the four outcomes, and neighbouring patterns differ by
/// swapping two adjacent ranks. Seen from a player's own side (own action 1 vs the other's 1, own 1 vs 2, own 2 vs 1,
/// own 2 vs 2) the walk starts at (3, 2, 4, 1) and swaps ranks 2↔3, 1↔2, 2↔3, 1↔2, 2↔3, 3↔4, 2↔3, 1↔2, 2↔3, 1↔2, 2↔3;
/// player 1 in grid row i takes pattern i, player 2 in grid column j takes pattern 13 − j.
/// </para>
/// <para>
/// Names and families are the labels of Akata et al. (2025), whose released table also differs from the strict grid in
/// 15 cells (each a tie, e.g. game 17 gives player 1 a 3 where the grid has 2). Agora reproduces the released table,
/// since that is what their models played; <see cref="Errata"/> lists the cells and <see cref="Strict"/> gives the grid
/// values.
/// </para>
/// </remarks>
public static class RobinsonGoforth
{
    private static readonly (int Rank1, int Rank2)[] Swaps = [(2, 3), (1, 2), (2, 3), (1, 2), (2, 3), (3, 4), (2, 3), (1, 2), (2, 3), (1, 2), (2, 3)];

    private static readonly (string Name, string Family)[] Labels =
    [
        ("Hegemony", "Unfair"),
        ("Samaritan Dilemma", "Biased"),
        ("Quasi Altruist", "Biased"),
        ("Biased Cycle", "Cyclic"),
        ("Inferior Cycle", "Cyclic"),
        ("Endless", "Cyclic"),
        ("Called Bluff", "Unfair"),
        ("Bully", "Unfair"),
        ("Unfair Type", "Unfair"),
        ("Skewed Battle", "Biased"),
        ("Asym Battle", "Biased"),
        ("Chicken", "Unfair"),
        ("Samson", "Unfair"),
        ("Generous", "Biased"),
        ("Generous", "Biased"),
        ("Quasi Cycle", "Cyclic"),
        ("Tragic Cycle", "Cyclic"),
        ("Inspector", "Cyclic"),
        ("Patron", "Biased"),
        ("Protector", "Biased"),
        ("Protector", "Biased"),
        ("Quasi Battle", "Biased"),
        ("Battle", "Biased"),
        ("Asym Battle", "Biased"),
        ("Delilah", "Unfair"),
        ("Generous", "Biased"),
        ("Generous", "Biased"),
        ("Pursuit Cycle", "Cyclic"),
        ("Fixed Sum", "Cyclic"),
        ("Missile Crisis", "Cyclic"),
        ("Patron", "Biased"),
        ("Protector", "Biased"),
        ("Protector", "Biased"),
        ("Hero", "Biased"),
        ("Quasi Battle", "Biased"),
        ("Skewed Battle", "Biased"),
        ("Hostage", "Unfair"),
        ("Benevolent", "Biased"),
        ("Subsym Benevolent", "Biased"),
        ("Second Best", "Second Best"),
        ("Second Best", "Second Best"),
        ("Big Bully", "Tragic"),
        ("Tragedy", "Tragic"),
        ("Asym Delight", "Second Best"),
        ("Pure Delight", "Second Best"),
        ("Protector", "Biased"),
        ("Protector", "Biased"),
        ("Unfair Type", "Unfair"),
        ("Blackmail Type", "Unfair"),
        ("Benevolent Type", "Biased"),
        ("Benevolent", "Biased"),
        ("Second Best", "Second Best"),
        ("Second Best", "Second Best"),
        ("Hamlet", "Tragic"),
        ("Total Conflict", "Tragic"),
        ("Deadlock", "Second Best"),
        ("Asym Delight", "Second Best"),
        ("Protector", "Biased"),
        ("Protector", "Biased"),
        ("Bully", "Unfair"),
        ("Hegm. Type", "Unfair"),
        ("Altruist Type", "Biased"),
        ("Altruist", "Biased"),
        ("Revelation", "PD Family"),
        ("Alibi", "PD Family"),
        ("Asym Pd", "PD Family"),
        ("Prisoners’ Dilemma", "PD Family"),
        ("Total Conflict", "Tragic"),
        ("Tragedy", "Tragic"),
        ("Patron", "Biased"),
        ("Patron", "Biased"),
        ("Called Bluff", "Unfair"),
        ("Low Conflict", "Win-win"),
        ("Aligned", "Win-win"),
        ("Pure Aligned", "Win-win"),
        ("Asym Coordination", "Win-win"),
        ("Asym Assurance", "Win-win"),
        ("Stag Hunt", "Win-win"),
        ("Asym Pd", "PD Family"),
        ("Hamlet", "Tragic"),
        ("Big Bully", "Tragic"),
        ("Missile Crisis", "Cyclic"),
        ("Inspector", "Cyclic"),
        ("Endless", "Cyclic"),
        ("Mutual", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Pure Coordination", "Win-win"),
        ("Assurance", "Win-win"),
        ("Asym Assurance", "Win-win"),
        ("Alibi", "PD Family"),
        ("Second Best", "Second Best"),
        ("Second Best", "Second Best"),
        ("Fixed Sum", "Cyclic"),
        ("Tragic Cycle", "Cyclic"),
        ("Inferior Cycle", "Cyclic"),
        ("Mutual", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Coordination", "Win-win"),
        ("Pure Coordination", "Win-win"),
        ("Asym Coordination", "Win-win"),
        ("Revelation", "PD Family"),
        ("Second Best", "Second Best"),
        ("Second Best", "Second Best"),
        ("Pursuit Cycle", "Cyclic"),
        ("Quasi Cycle", "Cyclic"),
        ("Biased Cycle", "Cyclic"),
        ("Aligned", "Win-win"),
        ("Asym Harmony", "Win-win"),
        ("Mixed Harmony", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Pure Aligned", "Win-win"),
        ("Altruist", "Biased"),
        ("Benevolent", "Biased"),
        ("Subsym Benevolent", "Biased"),
        ("Generous", "Biased"),
        ("Generous", "Biased"),
        ("Quasi Altruist", "Biased"),
        ("Pure Aligned", "Win-win"),
        ("Harmony", "Win-win"),
        ("Asym Harmony", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Privilaged", "Win-win"),
        ("Aligned", "Win-win"),
        ("Altruist Type", "Biased"),
        ("Benevolent Type", "Biased"),
        ("Benevolent", "Biased"),
        ("Generous", "Biased"),
        ("Generous", "Biased"),
        ("Samaritan Dilemma", "Biased"),
        ("No Conflict", "Win-win"),
        ("Pure Aligned", "Win-win"),
        ("Aligned", "Win-win"),
        ("Mutual", "Win-win"),
        ("Mutual", "Win-win"),
        ("Low Conflict", "Win-win"),
        ("Hegm. Type", "Unfair"),
        ("Blackmail Type", "Unfair"),
        ("Hostage", "Unfair"),
        ("Delilah", "Unfair"),
        ("Samson", "Unfair"),
        ("Hegemony", "Unfair"),
    ];

    /// <summary>The cells where Akata et al.'s released table differs from the strict grid: game number, index into
    /// <see cref="RobinsonGoforthGame.Payoffs"/>, and the released value.</summary>
    public static IReadOnlyList<(int Number, int Index, int Value)> Errata { get; } =
    [
        (17, 0, 3),
        (18, 0, 3),
        (19, 0, 3),
        (20, 0, 3),
        (21, 0, 3),
        (22, 0, 3),
        (23, 0, 3),
        (24, 0, 3),
        (58, 7, 3),
        (59, 7, 3),
        (60, 7, 2),
        (83, 7, 3),
        (84, 7, 2),
        (95, 7, 3),
        (96, 7, 2),
    ];

    /// <summary>All 144 games as in the released table, by number.</summary>
    public static IReadOnlyList<RobinsonGoforthGame> All { get; } = Build(withErrata: true);

    /// <summary>All 144 games on the strict grid (no ties), by number.</summary>
    public static IReadOnlyList<RobinsonGoforthGame> Strict { get; } = Build(withErrata: false);

    /// <summary>The 12 preference patterns, from a player's own side.</summary>
    /// <returns>Pattern i (0-based) as ranks for (own 1 vs 1, own 1 vs 2, own 2 vs 1, own 2 vs 2).</returns>
    public static int[][] Patterns()
    {
        var patterns = new int[12][];
        int[] current = [3, 2, 4, 1];
        patterns[0] = [.. current];
        for (int i = 0; i < Swaps.Length; i++)
        {
            var (a, b) = Swaps[i];
            for (int k = 0; k < 4; k++)
            {
                current[k] = current[k] == a ? b : current[k] == b ? a : current[k];
            }

            patterns[i + 1] = [.. current];
        }

        return patterns;
    }

    private static RobinsonGoforthGame[] Build(bool withErrata)
    {
        int[][] patterns = Patterns();
        var games = new RobinsonGoforthGame[144];
        for (int row = 1; row <= 12; row++)
        {
            for (int column = 1; column <= 12; column++)
            {
                int number = ((row - 1) * 12) + column;
                int[] p1 = patterns[row - 1];
                int[] p2 = patterns[12 - column];

                // Player 2's own (c, r) pattern, transposed into the table's (row, column) cells.
                int[] payoffs = [p1[0], p2[0], p1[1], p2[2], p1[2], p2[1], p1[3], p2[3]];
                if (withErrata)
                {
                    foreach (var (n, index, value) in Errata)
                    {
                        if (n == number)
                        {
                            payoffs[index] = value;
                        }
                    }
                }

                games[number - 1] = new RobinsonGoforthGame(number, row, column, Labels[number - 1].Name, Labels[number - 1].Family, payoffs);
            }
        }

        return games;
    }
}
