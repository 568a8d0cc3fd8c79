namespace Agora.Cli.Commands;

/// <summary>The listable things other than experiments: games, strategies and environments.</summary>
internal static class Catalog
{
    public static IEnumerable<(string Name, string Description)> Items(string kind) => kind switch
    {
        _ => [],
    };
}
