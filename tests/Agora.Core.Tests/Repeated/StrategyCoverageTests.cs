using System.Text;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Every registered strategy has a move-string check, and the stochastic strategies only Agora has are
/// checked draw by draw against their rules.</summary>
public sealed class StrategyCoverageTests
{
    private const string Script = "CDDCCCDCDDDCCDCDCCDD";

    /// <summary>Stochastic strategies that only Agora has, whose seeded move strings are derived below from their rules
    /// and the player's own generator.</summary>
    private static readonly string[] SeededRuleTested = ["NP10", "NP20", "Regret Matching", "Hedge: 0.1"];

    [Fact]
    public void Every_registered_strategy_has_an_axelrod_recording_or_a_hand_derived_move_string_test()
    {
        var covered = new HashSet<string>(AxelrodRecordings.Deterministic.Strategies);
        covered.UnionWith(AxelrodRecordings.Stochastic.Pairs.Select(p => p.Player));
        covered.UnionWith(MoveStringTests.HandDerived().Select(row => row.Data.Item1));
        covered.UnionWith(AkataTests.OpponentRules().Select(row => row.Data.Item1));
        covered.UnionWith(SeededRuleTested);
        covered.UnionWith(TabularQLearnerMoveStringTests.Registered);
        string[] missing = [.. StrategyRegistry.All.Select(r => r.Name).Where(name => !covered.Contains(name))];
        Assert.True(missing.Length == 0, $"no Axelrod recording and no hand-derived move-string test: {string.Join(", ", missing)}");
        Assert.All(covered, name => Assert.True(StrategyRegistry.TryGet(name, out _), name));
    }

    [Theory]
    [InlineData("NP10", 0.1)]
    [InlineData("NP20", 0.2)]
    public void Noisy_tit_for_tats_play_tit_for_tat_except_where_their_own_draw_falls_below_p(string name, double p)
    {
        // A match seeds seat 0's generator as AgoraRandom(seed).Split(); NP draws one uniform every turn.
        AgoraRandom random = SeatZeroRandom(7);
        var expected = new StringBuilder();
        for (int t = 0; t < 60; t++)
        {
            char tft = t == 0 ? 'C' : Script[(t - 1) % Script.Length];
            expected.Append(random.NextDouble() < p ? 'D' : tft);
        }

        MatchResult result = Versus.Play(StrategyRegistry.Create(name), ScriptedStrategy.Of(Script), 60, seed: 7);
        Assert.Equal(expected.ToString(), result.Moves[0]);
        Assert.NotEqual(Versus.Play(new TitForTat(), ScriptedStrategy.Of(Script), 60).Moves[0], result.Moves[0]);
    }

    [Fact]
    public void Regret_matching_against_a_defector_plays_uniformly_until_it_first_cooperates_then_defects_for_ever()
    {
        // After D vs D the regret of C falls by P − S = 1 and D's stays 0: no positive regret, so it draws uniformly.
        // After C vs D, D's regret is P − S = 1 > 0 and C's is 0 or less: D with probability 1 from then on.
        AgoraRandom random = SeatZeroRandom(3);
        var expected = new StringBuilder();
        bool cooperated = false;
        for (int t = 0; t < 30; t++)
        {
            char move = cooperated ? 'D' : random.NextInt(2) == 0 ? 'C' : 'D';
            cooperated |= move == 'C';
            expected.Append(move);
        }

        string moves = Versus.Play(StrategyRegistry.Create("Regret Matching"), new Defector(), 30, seed: 3).Moves[0];
        Assert.Equal(expected.ToString(), moves);
        Assert.Contains('C', moves);
    }

    [Fact]
    public void Hedge_against_a_defector_weights_defection_by_e_to_the_eta_t()
    {
        // After t turns against D, C would have earned S·t = 0 and D would have earned P·t = t: weights (e^(−0.1·t), 1).
        AgoraRandom random = SeatZeroRandom(5);
        var expected = new StringBuilder();
        for (int t = 0; t < 40; t++)
        {
            expected.Append(random.NextCategorical([Math.Exp(0.1 * -t), 1]) == 0 ? 'C' : 'D');
        }

        string moves = Versus.Play(StrategyRegistry.Create("Hedge: 0.1"), new Defector(), 40, seed: 5).Moves[0];
        Assert.Equal(expected.ToString(), moves);
        Assert.Contains('C', moves);
        Assert.Contains('D', moves);
    }

    private static AgoraRandom SeatZeroRandom(ulong seed)
    {
        var match = new AgoraRandom(seed);
        return match.Split();
    }
}
