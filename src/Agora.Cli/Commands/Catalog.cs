using Agora.Core.Environments;
using Agora.Core.Games;

namespace Agora.Cli.Commands;

/// <summary>The listable things other than experiments: games, strategies and environments.</summary>
internal static class Catalog
{
    public static IEnumerable<(string Name, string Description)> Items(string kind) => kind switch
    {
        "games" => GameRegistry.All.Select(g => (g.Name, g.Description)),
        "envs" => EnvRegistry.All.Select(e => (e.Name, e.Description)),
        // The strategy zoo arrives with the repeated-games work; until then there is honestly nothing to list.
        _ => [],
    };
}
