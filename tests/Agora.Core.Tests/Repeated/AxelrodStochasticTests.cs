using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Core.Tests.Repeated;

/// <summary>Every stochastic strategy Agora shares with Axelrod agrees with Axelrod 4.13 in distribution: per-turn
/// cooperation counts over 1,000 matches against fixed opponents, compared with the recordings in
/// Data/axelrod-stochastic.json (made by tools/axelrod-reference/record_stochastic.py). The shared deterministic
/// strategies are compared the same way against Random: 0.5 and against Tit For Tat under noise 0.05
/// (Data/axelrod-deterministic-randomised.json, made with <c>--deterministic</c>).</summary>
/// <remarks>
/// <para>
/// For each recorded (strategy, opponent) pair Agora plays the same number of matches (seeds 0 … n−1 of Agora's own
/// generator, so the matches are independent of Axelrod's) and the test forms one family of hypotheses: for every
/// turn, Fisher's exact two-sided test of Agora's cooperation count against Axelrod's (each out of n matches), and
/// for every pair, Welch's z-test of the mean per-match number of cooperations (matches are independent, so this
/// omnibus test is valid and catches small shifts spread over many turns). With several thousand tests, the
/// family-wise error rate is held at 1% by Holm's step-down correction, which is valid however the tests depend on
/// each other (counts at neighbouring turns are correlated). A strategy fails if any of its hypotheses is rejected.
/// The two recordings are two families, each held at 1%.
/// </para>
/// <para>
/// Power, checked by perturbing a probability locally (not committed): First by Joss with p = 0.85 instead of 0.9
/// fails with 62 rejected hypotheses (the per-match totals against Cooperator at p ≈ 10⁻¹⁴²), and First by Grofman
/// with 0.25 instead of 2/7 fails on the per-match totals against Defector, Alternator and Random: 0.5.
/// </para>
/// </remarks>
public sealed class AxelrodStochasticTests
{
    private const double Alpha = 0.01;

    private static readonly Lazy<Agreement> Stochastic = new(() => Compare(AxelrodRecordings.Stochastic));
    private static readonly Lazy<Agreement> Randomised = new(() => Compare(AxelrodRecordings.DeterministicRandomised));

    public static TheoryData<string> RecordedStrategies() => [.. AxelrodRecordings.Stochastic.Pairs.Select(p => p.Player).Distinct()];

    public static TheoryData<string> RandomisedStrategies() => [.. AxelrodRecordings.DeterministicRandomised.Pairs.Select(p => p.Player).Distinct()];

    [Theory]
    [MemberData(nameof(RecordedStrategies))]
    public void Per_turn_cooperation_agrees_with_axelrod_against_every_recorded_opponent(string name) => AssertAgrees(Stochastic.Value, name);

    /// <summary>Deterministic strategies in a random environment (against Random: 0.5, and against Tit For Tat with noise
    /// 0.05) reach branches that clean play against fixed opponents never does; a second family, Holm at 1%.</summary>
    [Theory]
    [MemberData(nameof(RandomisedStrategies))]
    public void Deterministic_strategies_agree_with_axelrod_against_random_play_and_under_noise(string name) => AssertAgrees(Randomised.Value, name);

    private static void AssertAgrees(Agreement agreement, string name)
    {
        string[] rejected = [.. agreement.Hypotheses.Where((h, i) => h.Player == name && agreement.Rejected[i]).Select(h => h.Describe())];
        Assert.True(agreement.Hypotheses.Any(h => h.Player == name), name);
        Assert.True(rejected.Length == 0, $"{name}: {rejected.Length} of {agreement.Hypotheses.Count} hypotheses rejected (Holm, family-wise {Alpha}):\n{string.Join('\n', rejected)}");
    }

    [Fact]
    public void The_recordings_have_at_least_a_thousand_matches_per_pair_and_the_right_players()
    {
        StochasticRecording recording = AxelrodRecordings.Stochastic;
        Assert.True(recording.Matches >= 1000, $"{recording.Matches} matches");
        Assert.All(recording.Pairs, p => Assert.True(StrategyRegistry.Create(p.Player).Info.Stochastic, p.Player));
        Assert.All(recording.Pairs, p => Assert.Equal(p.Turns, p.Cooperations.Length));
        Assert.All(recording.Pairs, p => Assert.Equal(p.TotalSum, p.Cooperations.Sum()));
        StochasticRecording randomised = AxelrodRecordings.DeterministicRandomised;
        Assert.True(randomised.Matches >= 1000, $"{randomised.Matches} matches");
        Assert.Equal(AxelrodRecordings.Deterministic.Strategies, [.. randomised.Pairs.Select(p => p.Player).Distinct()]);
        Assert.Contains(randomised.Pairs, p => p.Noise > 0);
    }

    [Fact]
    public void The_two_sample_tests_reject_what_they_should_and_only_that()
    {
        double[] logFactorials = TwoSample.LogFactorials(2000);
        Assert.Equal(1, TwoSample.FisherExact(500, 500, 1000, logFactorials));
        Assert.InRange(TwoSample.FisherExact(0, 1000, 1000, logFactorials), 0, 1e-300);
        // Fisher's exact test, 2×2 table [[3, 7], [8, 2]]: two-sided p = 0.06978 (R: fisher.test(matrix(c(3, 8, 7, 2), 2))).
        Assert.Equal(0.069779, TwoSample.FisherExact(3, 8, 10, TwoSample.LogFactorials(20)), 5);
        Assert.Equal(1, TwoSample.WelchMeans(100, 100, 100, 100, 100));
        Assert.Equal(0, TwoSample.WelchMeans(100, 100, 200, 400, 100));
        // Means 1.0 and 1.5, unbiased variances 1 and 1, n = 100: z = 0.5 / √0.02 = 3.5355, p = 4.07e-4.
        Assert.Equal(4.07e-4, TwoSample.WelchMeans(100, 199, 150, 324, 100), 6);
        Assert.Equal([true, false, false], TwoSample.Holm([0.001, 0.02, 0.5], 0.01));
        Assert.Equal([true, true, false], TwoSample.Holm([0.004, 0.001, 0.5], 0.01));
    }

    private static Agreement Compare(StochasticRecording recording)
    {
        int n = recording.Matches;
        double[] logFactorials = TwoSample.LogFactorials(2 * n);
        var hypotheses = new List<Hypothesis>();
        foreach (RecordedRates pair in recording.Pairs)
        {
            var match = new Match(NormalFormGames.PrisonersDilemma(), StrategyRegistry.Create(pair.Player), StrategyRegistry.Create(pair.Opponent), new MatchOptions { Turns = pair.Turns, Noise = pair.Noise });
            var cooperations = new int[pair.Turns];
            long sum = 0, squares = 0;
            for (int seed = 0; seed < n; seed++)
            {
                match.PlayInPlace((ulong)seed);
                ReadOnlySpan<int> moves = match.Moves0;
                int total = 0;
                for (int t = 0; t < moves.Length; t++)
                {
                    if (moves[t] == Moves.C)
                    {
                        cooperations[t]++;
                        total++;
                    }
                }

                sum += total;
                squares += (long)total * total;
            }

            for (int t = 0; t < pair.Turns; t++)
            {
                hypotheses.Add(new Hypothesis(pair.Player, Against(pair), $"turn {t + 1}: Agora {cooperations[t]}, Axelrod {pair.Cooperations[t]} of {n}", TwoSample.FisherExact(cooperations[t], pair.Cooperations[t], n, logFactorials)));
            }

            hypotheses.Add(new Hypothesis(pair.Player, Against(pair), $"mean cooperations per match: Agora {sum / (double)n:F3}, Axelrod {pair.TotalSum / (double)n:F3}", TwoSample.WelchMeans(sum, squares, pair.TotalSum, pair.TotalSumSquares, n)));
        }

        return new Agreement(hypotheses, TwoSample.Holm([.. hypotheses.Select(h => h.P)], Alpha));
    }

    private static string Against(RecordedRates pair) => pair.Noise > 0 ? $"{pair.Opponent} (noise {pair.Noise})" : pair.Opponent;

    private sealed record Hypothesis(string Player, string Opponent, string What, double P)
    {
        public string Describe() => $"vs {Opponent}, {What}, p = {P:G3}";
    }

    private sealed record Agreement(IReadOnlyList<Hypothesis> Hypotheses, bool[] Rejected);
}
