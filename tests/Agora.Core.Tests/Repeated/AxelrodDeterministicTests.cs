using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Tests.Repeated;

/// <summary>Every deterministic strategy Agora shares with Axelrod, against every other one and itself, replays
/// Axelrod 4.13's recorded move strings exactly (Data/axelrod-deterministic.json.gz, made by
/// tools/axelrod-reference/record_deterministic.py).</summary>
public sealed class AxelrodDeterministicTests
{
    public static TheoryData<string> RecordedStrategies() => [.. AxelrodRecordings.Deterministic.Strategies];

    [Theory]
    [MemberData(nameof(RecordedStrategies))]
    public void Every_recorded_match_reproduces_exactly_in_both_seats(string name)
    {
        DeterministicRecording recording = AxelrodRecordings.Deterministic;
        var mismatches = new List<string>();
        foreach (RecordedMatch match in recording.Matches.Where(m => m.Player == name))
        {
            // The game is symmetric, so the recorded pair must also reproduce with the seats swapped.
            IReadOnlyList<string> forward = Play(match.Player, match.Opponent, recording.Turns);
            IReadOnlyList<string> swapped = Play(match.Opponent, match.Player, recording.Turns);
            if (forward[0] != match.PlayerMoves || forward[1] != match.OpponentMoves || swapped[1] != match.PlayerMoves || swapped[0] != match.OpponentMoves)
            {
                mismatches.Add($"vs {match.Opponent}: Axelrod {match.PlayerMoves} / {match.OpponentMoves}, Agora {forward[0]} / {forward[1]}, swapped seats {swapped[1]} / {swapped[0]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{name}: {mismatches.Count} mismatches\n{string.Join('\n', mismatches)}");
    }

    public static TheoryData<string> OtherGames() => [.. AxelrodRecordings.Deterministic.OtherGames.Keys];

    [Theory]
    [MemberData(nameof(OtherGames))]
    public void Strategies_that_read_the_payoffs_reproduce_axelrod_in_other_two_by_two_games(string gameId)
    {
        Assert.True(GameRegistry.TryGet(gameId, out IGame? game));
        DeterministicRecording recording = AxelrodRecordings.Deterministic;
        RecordedMatch[] matches = recording.OtherGames[gameId];
        Assert.True(matches.Length >= recording.Strategies.Count, $"{matches.Length} matches");
        var mismatches = new List<string>();
        foreach (RecordedMatch match in matches)
        {
            MatchResult result = new Match((MatrixGame)game, Registrations[match.Player].Create(), Registrations[match.Opponent].Create(), new MatchOptions { Turns = recording.Turns }).Play(0);
            if (result.Moves[0] != match.PlayerMoves || result.Moves[1] != match.OpponentMoves)
            {
                mismatches.Add($"{match.Player} vs {match.Opponent}: Axelrod {match.PlayerMoves} / {match.OpponentMoves}, Agora {result.Moves[0]} / {result.Moves[1]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{gameId}: {mismatches.Count} mismatches\n{string.Join('\n', mismatches)}");
    }

    [Fact]
    public void The_recording_covers_every_pair_of_its_strategies_once_and_only_deterministic_registered_strategies()
    {
        DeterministicRecording recording = AxelrodRecordings.Deterministic;
        int n = recording.Strategies.Count;
        Assert.True(n >= 100, $"{n} strategies");
        Assert.Equal(n * (n + 1) / 2, recording.Matches.Count);
        Assert.Equal(recording.Matches.Count, recording.Matches.Select(m => (m.Player, m.Opponent)).Distinct().Count());
        Assert.All(recording.Strategies, name => Assert.False(StrategyRegistry.Create(name).Info.Stochastic, name));
        Assert.All(recording.Matches, m => Assert.Equal(recording.Turns, m.PlayerMoves.Length));
    }

    private static readonly Dictionary<string, StrategyRegistration> Registrations = StrategyRegistry.All.ToDictionary(r => r.Name);

    private static IReadOnlyList<string> Play(string player, string opponent, int turns) =>
        new Match(NormalFormGames.PrisonersDilemma(), Registrations[player].Create(), Registrations[opponent].Create(), new MatchOptions { Turns = turns }).Play(0).Moves;
}
