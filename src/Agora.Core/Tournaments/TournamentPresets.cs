using Agora.Core.Repeated;

namespace Agora.Core.Tournaments;

/// <summary>Named player lists for tournaments: Axelrod's first tournament, the 30 classic strategies, and the whole zoo.</summary>
public static class TournamentPresets
{
    /// <summary>The preset names: <c>first</c>, <c>classic</c>, <c>all</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["first", "classic", "all"];

    /// <summary>Axelrod's first tournament (1980) in its finishing order, as <c>axl.axelrod_first_strategies</c> (spec §3.1).</summary>
    public static IReadOnlyList<string> First { get; } =
    [
        "Tit For Tat",
        "First by Tideman and Chieruzzi: (D, D)",
        "First by Nydegger",
        "First by Grofman",
        "First by Shubik",
        "First by Stein and Rapoport: 0.05: (D, D)",
        "Grudger",
        "First by Davis: 10",
        "First by Graaskamp: 0.05",
        "First by Downing",
        "First by Feld: 1.0, 0.5, 200",
        "First by Joss: 0.9",
        "First by Tullock",
        "First by Anonymous",
        "Random: 0.5",
    ];

    /// <summary>The 30 classic strategies of spec §3.1, in that table's order.</summary>
    public static IReadOnlyList<string> Classic { get; } =
    [
        "Cooperator",
        "Defector",
        "Random: 0.5",
        "Alternator",
        "Tit For Tat",
        "Tit For 2 Tats",
        "Two Tits For Tat",
        "Suspicious Tit For Tat",
        "Grudger",
        "Win-Stay Lose-Shift",
        "GTFT: 0.33",
        "Gradual",
        "ZD-Extort-2: 0.1111111111111111, 0.5",
        "ZD-GTFT-2: 0.25, 0.5",
        "Second by Tester",
        "Adaptive",
        "Prober",
        "Handshake",
        "First by Tideman and Chieruzzi: (D, D)",
        "First by Nydegger",
        "First by Grofman",
        "First by Shubik",
        "First by Stein and Rapoport: 0.05: (D, D)",
        "First by Davis: 10",
        "First by Graaskamp: 0.05",
        "First by Downing",
        "First by Feld: 1.0, 0.5, 200",
        "First by Joss: 0.9",
        "First by Tullock",
        "First by Anonymous",
    ];

    /// <summary>The names of a preset.</summary>
    /// <param name="preset">first, classic or all (every registered strategy; none of them needs a file).</param>
    /// <param name="names">The player names, when the preset exists.</param>
    /// <returns>Whether the preset exists.</returns>
    public static bool TryGet(string preset, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<string>? names)
    {
        names = preset switch
        {
            "first" => First,
            "classic" => Classic,
            "all" => [.. StrategyRegistry.All.Select(r => r.Name)],
            _ => null,
        };
        return names is not null;
    }
}
