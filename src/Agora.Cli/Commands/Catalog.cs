using Agora.Core.Environments;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Cli.Commands;

/// <summary>The listable things other than experiments: games, strategies and environments.</summary>
internal static class Catalog
{
    public static IEnumerable<(string Name, string Description)> Items(string kind) => kind switch
    {
        "games" => GameRegistry.All.Select(g => (g.Name, g.Description)),
        "envs" => EnvRegistry.All.Select(e => (e.Name, e.Description)),
        "strategies" => StrategyRegistry.All.Select(s => (s.Name, Describe(s.Info))),
        _ => [],
    };

    /// <summary>The strategies that pass the filters of <c>agora list strategies</c>.</summary>
    /// <param name="memoryDepth">Keep strategies whose memory depth is exactly this (null: any).</param>
    /// <param name="stochastic">Keep only stochastic (true) or deterministic (false) strategies (null: both).</param>
    public static IEnumerable<(string Name, string Description)> Strategies(int? memoryDepth, bool? stochastic) =>
        StrategyRegistry.All
            .Where(s => memoryDepth is null || s.Info.MemoryDepth == memoryDepth)
            .Where(s => stochastic is null || s.Info.Stochastic == stochastic)
            .Select(s => (s.Name, Describe(s.Info)));

    private static string Describe(StrategyInfo info)
    {
        string uses = info.Uses == StrategyUses.None ? string.Empty : $", uses {info.Uses.ToString().ToLowerInvariant().Replace(", ", "+", StringComparison.Ordinal)}";
        return $"memory {info.MemoryDepth?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "inf"}, {(info.Stochastic ? "stochastic" : "deterministic")}{uses}";
    }
}
