using Agora.Core.Games;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Testing;

public sealed class ConformanceKitTests
{
    [Fact]
    public void A_game_whose_returns_break_its_bounds_is_reported()
    {
        // Prisoner's dilemma declaring a maximum below T = 5 must fail the bounds check.
        var game = new LyingGame(MatrixGame.PrisonersDilemma());
        var error = Assert.Throws<ConformanceException>(() => GameConformance.Check(game, playouts: 50, seed: 1));
        Assert.Contains("outside", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Delegates everything to a real game but claims a smaller MaxUtility.</summary>
    private sealed class LyingGame(IGame inner) : IGame
    {
        public GameType Type => inner.Type;

        public int NumPlayers => inner.NumPlayers;

        public int NumDistinctActions => inner.NumDistinctActions;

        public int MaxChanceOutcomes => inner.MaxChanceOutcomes;

        public double MinUtility => inner.MinUtility;

        public double MaxUtility => 2;

        public int MaxGameLength => inner.MaxGameLength;

        public int ObservationTensorSize => inner.ObservationTensorSize;

        public int InformationStateTensorSize => inner.InformationStateTensorSize;

        public GameState NewInitialState() => inner.NewInitialState();

        public GameState DeserializeState(string serialized) => inner.DeserializeState(serialized);

        public string ActionToString(int player, int action) => inner.ActionToString(player, action);
    }
}
