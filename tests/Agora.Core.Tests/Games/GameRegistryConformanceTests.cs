using Agora.Core.Environments;
using Agora.Core.Games;
using Agora.Core.Testing;
using CsCheck;

namespace Agora.Core.Tests.Games;

public sealed class GameRegistryConformanceTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (GameRegistration registration in GameRegistry.All)
        {
            data.Add(registration.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_registered_game_passes_the_conformance_kit(string name)
    {
        Assert.True(GameRegistry.TryGet(name, out IGame? game));
        // Long repeated games (200 turns) get fewer playouts, as each playout also replays every prefix; the 144
        // Robinson-Goforth games share one code path and differ only in payoffs, so a few playouts each suffice.
        GameConformance.Check(game, playouts: game.MaxGameLength > 50 ? 10 : name.StartsWith("rg-", StringComparison.Ordinal) ? 10 : 200, seed: 7);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_registered_game_is_a_deterministic_environment(string name)
    {
        Assert.True(GameRegistry.TryGet(name, out IGame? game));
        EnvConformance.Check(() => new GameEnv(game), steps: name.StartsWith("rg-", StringComparison.Ordinal) ? 50 : game.MaxGameLength > 50 ? 250 : 500, seed: 11);
    }

    [Fact]
    public void Registry_names_are_unique_and_match_the_game_short_names()
    {
        Assert.Equal(GameRegistry.All.Count, GameRegistry.All.Select(r => r.Name).Distinct().Count());
        Assert.All(GameRegistry.All, r => Assert.Equal(r.Name, r.Game.Type.ShortName));
        Assert.All(GameRegistry.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        Assert.False(GameRegistry.TryGet("no-such-game", out _));
    }

    [Fact]
    public void Repeated_matrix_games_pass_the_conformance_kit()
    {
        GameConformance.Check(MatrixGame.PrisonersDilemma(rounds: 5), playouts: 50, seed: 3);
        GameConformance.Check(MatrixGame.MatchingPennies(rounds: 3), playouts: 50, seed: 3);
    }

    [Fact]
    public void Any_random_action_sequence_keeps_the_serialisation_round_trip()
    {
        // Interpret a random int list as choices among the legal (or sampled chance) moves, for every registered game.
        Gen.Select(Gen.Int[0, GameRegistry.All.Count - 1], Gen.Int[0, 1000].Array[0, 60], Gen.ULong)
            .Sample((gameIndex, choices, seed) =>
            {
                IGame game = GameRegistry.All[gameIndex].Game;
                GameState state = game.NewInitialState();
                var rng = new Agora.Core.Randomness.AgoraRandom(seed);
                foreach (int choice in choices)
                {
                    if (state.IsTerminal)
                    {
                        break;
                    }

                    if (state.IsChanceNode)
                    {
                        state.SampleChance(ref rng);
                    }
                    else if (state.IsSimultaneousNode)
                    {
                        var joint = new int[game.NumPlayers];
                        for (int p = 0; p < joint.Length; p++)
                        {
                            int[] legal = state.LegalActions(p);
                            joint[p] = legal[(choice + p) % legal.Length];
                        }

                        state.ApplyActions(joint);
                    }
                    else
                    {
                        int[] legal = state.LegalActions();
                        state.ApplyAction(legal[choice % legal.Length]);
                    }
                }

                string text = state.Serialize();
                GameState restored = game.DeserializeState(text);
                return restored.Serialize() == text
                    && restored.CurrentPlayer == state.CurrentPlayer
                    && restored.Returns().SequenceEqual(state.Returns());
            }, iter: 500);
    }
}
