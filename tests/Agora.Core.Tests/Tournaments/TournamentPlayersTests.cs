using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;
using Agora.Core.Tournaments;

namespace Agora.Core.Tests.Tournaments;

public sealed class TournamentPlayersTests
{
    [Fact]
    public void Commas_inside_registered_names_are_kept()
    {
        Assert.Equal(
            ["Tit For Tat", "First by Feld: 1.0, 0.5, 200", "Grudger", "ZD-Extort-2: 0.1111111111111111, 0.5"],
            TournamentPlayers.Split("Tit For Tat,First by Feld: 1.0, 0.5, 200, Grudger;ZD-Extort-2: 0.1111111111111111, 0.5", []));
    }

    [Fact]
    public void Presets_have_the_spec_sizes_and_resolve()
    {
        Assert.Equal(15, TournamentPlayers.Resolve("first").Count);
        Assert.Equal(30, TournamentPlayers.Resolve("classic").Count);
        Assert.Equal(StrategyRegistry.All.Count, TournamentPlayers.Resolve("all").Count);
        Assert.Equal("Tit For Tat", TournamentPlayers.Resolve("first")[0].Name);
    }

    [Fact]
    public void Extra_sources_supply_names_the_registry_does_not_know()
    {
        StrategySource llm = name => name.StartsWith("llm:", StringComparison.Ordinal) ? new Cooperator() : null;
        var players = TournamentPlayers.Resolve("Tit For Tat,llm:tiny", [llm]);
        Assert.Equal(["Tit For Tat", "Cooperator"], players.Select(p => p.Name));
        var e = Assert.Throws<ArgumentException>(() => TournamentPlayers.Resolve("Tit For Tat,llm:tiny"));
        Assert.Contains("'llm:tiny'", e.Message, StringComparison.Ordinal);
    }
}
