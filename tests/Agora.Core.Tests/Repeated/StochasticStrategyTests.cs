using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Stochastic strategies checked against theory: rates they promise and the linear relations the
/// zero-determinant players enforce (the comparison with Axelrod's own distributions is in
/// <see cref="AxelrodStochasticTests"/>).</summary>
public sealed class StochasticStrategyTests
{
    private const int Turns = 100_000;

    private static double Rate(string moves, char action, int from = 1) => moves.Skip(from).Count(c => c == action) / (double)(moves.Length - from);

    [Theory]
    [InlineData("Random: 0.5", "Cooperator", 'C', 0.5)]
    [InlineData("First by Joss: 0.9", "Cooperator", 'C', 0.9)]
    [InlineData("GTFT: 0.33", "Defector", 'C', 1.0 / 3)] // p = min(1 − (T−R)/(R−S), (R−P)/(T−P)) = 1/3 in Axelrod's PD
    [InlineData("Soft Joss: 0.9", "Defector", 'C', 0.1)]
    [InlineData("Burn Both Ends", "Cooperator", 'D', 0.1)]
    [InlineData("Naive Prober: 0.1", "Cooperator", 'D', 0.1)]
    public void Cooperation_rates_match_the_strategy_parameters(string name, string opponent, char action, double expected)
    {
        MatchResult result = Versus.Play(StrategyRegistry.Create(name), StrategyRegistry.Create(opponent), Turns, seed: 5);
        double sd = Math.Sqrt(expected * (1 - expected) / Turns);
        Assert.InRange(Rate(result.Moves[0], action), expected - (5 * sd), expected + (5 * sd));
    }

    [Theory]
    [InlineData("ZD-Extort-2: 0.1111111111111111, 0.5", 1.0, 0.5)] // l = P
    [InlineData("ZD-GTFT-2: 0.25, 0.5", 3.0, 0.5)] // l = R
    [InlineData("ZD-Extortion: 0.2, 0.1, 1", 1.0, 0.1)]
    [InlineData("ZD-SET-2: 0.25, 0.0, 2", 2.0, 0.0)]
    public void Zero_determinant_players_enforce_their_linear_relation_against_any_opponent(string name, double l, double s)
    {
        foreach (Strategy opponent in new Strategy[] { new RandomStrategy(0.3), new TitForTat(), new FirstByGrofman() })
        {
            MatchResult result = Versus.Play(StrategyRegistry.Create(name), opponent, Turns, seed: 9);
            double zd = result.Scores[0] / Turns;
            double other = result.Scores[1] / Turns;
            Assert.InRange(other - l - (s * (zd - l)), -0.05, 0.05); // Press and Dyson: s_Y − l = s (s_X − l)
        }
    }

    [Fact]
    public void Learners_stop_cooperating_with_a_defector_and_exploit_a_cooperator()
    {
        // Over the second half of 10,000 turns; ε-greedy Q-learning (ε = 0.1) can defect at most 95% of the time.
        foreach (string name in new[] { "Regret Matching", "Hedge: 0.1", "Tabular Q: 1, 0.1, 0.9, 0.1", "Fictitious Play" })
        {
            double againstDefector = Rate(Versus.Play(StrategyRegistry.Create(name), new Defector(), 10_000, seed: 1).Moves[0], 'D', 5000);
            Assert.True(againstDefector > 0.85, $"{name}: {againstDefector}");
            double againstCooperator = Rate(Versus.Play(StrategyRegistry.Create(name), new Cooperator(), 10_000, seed: 1).Moves[0], 'D', 5000);
            Assert.True(againstCooperator > 0.85, $"{name}: {againstCooperator}");
        }
    }

    [Fact]
    public void Regret_matching_in_rock_paper_scissors_against_itself_averages_near_uniform()
    {
        MatchResult result = new Match(NormalFormGames.RockPaperScissors(), new RegretMatching(), new RegretMatching(), new MatchOptions { Turns = 20_000 }).Play(4);
        foreach (char action in "RPS")
        {
            Assert.InRange(Rate(result.Moves[0], action, 0), 0.28, 0.39);
        }
    }
}
