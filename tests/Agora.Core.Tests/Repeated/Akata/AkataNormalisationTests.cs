using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Akata;

namespace Agora.Core.Tests.Repeated.Akata;

public sealed class AkataNormalisationTests
{
    [Fact]
    public void Worked_example_alwaysF_against_TFT_in_the_ordinal_prisoners_dilemma()
    {
        // rg-67, Prisoners' Dilemma: CC 3,3  CD 1,4  DC 4,1  DD 2,2; both players' best payoff is 4.
        MatrixGame game = RobinsonGoforth.All[66].ToMatrixGame();
        Assert.Equal(4, AkataNormalisation.MaxOwnPayoff(game, 0));
        Assert.Equal(4, AkataNormalisation.MaxOwnPayoff(game, 1));
        MatchResult result = new Match(game, StrategyRegistry.Create("AlwaysF"), StrategyRegistry.Create("TFT")).Play(0);

        // Round 1: D against C gives 4 and 1; rounds 2-10: DD gives 2 and 2. So 22/40 and 19/40.
        Assert.Equal([22.0, 19.0], result.Scores);
        Assert.Equal(0.55, AkataNormalisation.Normalise(result.Scores[0], 10, 4), 12);
        Assert.Equal(0.475, AkataNormalisation.Normalise(result.Scores[1], 10, 4), 12);
    }

    [Fact]
    public void The_best_payoff_is_taken_from_the_players_own_seat()
    {
        // akata-bos: player 1 gets 10 at JJ, player 2 gets 10 at FF; a game where the seats differ:
        var skewed = new MatrixGame("skewed", "skewed", new double[,] { { 1, 2 }, { 3, 6 } }, new double[,] { { 5, 0 }, { 0, 1 } }, ["C", "D"], ["C", "D"], 10);
        Assert.Equal(10, AkataNormalisation.MaxOwnPayoff(NormalFormGames.AkataBattleOfTheSexes(), 0));
        Assert.Equal(10, AkataNormalisation.MaxOwnPayoff(NormalFormGames.AkataBattleOfTheSexes(), 1));
        Assert.Equal(6, AkataNormalisation.MaxOwnPayoff(skewed, 0));
        Assert.Equal(5, AkataNormalisation.MaxOwnPayoff(skewed, 1));

        // GPT-4 against DefectOnce in the paper's PD: 90 points in 10 rounds of a game whose best cell pays 10.
        Assert.Equal(0.9, AkataNormalisation.Normalise(90, 10, AkataNormalisation.MaxOwnPayoff(NormalFormGames.AkataPrisonersDilemma(), 0)), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => AkataNormalisation.Normalise(1, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AkataNormalisation.Normalise(1, 0, 4));
    }
}
