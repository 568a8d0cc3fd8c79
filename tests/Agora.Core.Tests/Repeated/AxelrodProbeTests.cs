using System.Text.Json;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Tests.Repeated;

/// <summary>Replays Axelrod 4.13's recorded matches (60 turns, seed 0) from the shared classic_vs_probes.json.</summary>
public sealed class AxelrodProbeTests
{
    private static readonly string File = SharedData.Path("axelrod", "classic_vs_probes.json");

    public static TheoryData<string, string, string, string> DeterministicRows()
    {
        var data = new TheoryData<string, string, string, string>();
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        foreach (JsonElement row in document.RootElement.GetProperty("rows").EnumerateArray())
        {
            if (!row.GetProperty("stochastic_pair").GetBoolean())
            {
                data.Add(row.GetProperty("player").GetString()!, row.GetProperty("opponent").GetString()!, row.GetProperty("player_actions").GetString()!, row.GetProperty("opponent_actions").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DeterministicRows))]
    public void Deterministic_rows_reproduce_exactly(string player, string opponent, string playerMoves, string opponentMoves)
    {
        var match = new Match(NormalFormGames.PrisonersDilemma(), StrategyRegistry.Create(player), StrategyRegistry.Create(opponent), new MatchOptions { Turns = 60 });
        MatchResult result = match.Play(0);
        Assert.Equal(playerMoves, result.Moves[0]);
        Assert.Equal(opponentMoves, result.Moves[1]);
    }

    [Fact]
    public void Every_player_and_probe_in_the_file_is_registered_under_its_axelrod_name()
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllText(File));
        var names = document.RootElement.GetProperty("rows").EnumerateArray()
            .SelectMany(r => new[] { r.GetProperty("player").GetString()!, r.GetProperty("opponent").GetString()! }).Distinct();
        Assert.All(names, name => Assert.Equal(name, StrategyRegistry.Create(name).Name));
    }

    [Fact]
    public void The_file_has_the_eighty_deterministic_rows_it_promises() => Assert.Equal(80, DeterministicRows().Count);
}
