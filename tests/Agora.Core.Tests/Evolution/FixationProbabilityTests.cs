using Agora.Core.Evolution;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Evolution;

public sealed class FixationProbabilityTests
{
    /// <summary>One Cooperator among nine "Cycler: C": different names, identical play, so selection is neutral.</summary>
    private static Strategy[] NeutralPopulation() => [new Cooperator(), .. Enumerable.Range(0, 9).Select(_ => (Strategy)new Cycler("C"))];

    [Fact]
    public void Neutral_fixation_of_one_in_ten_is_inside_the_99_percent_binomial_interval_around_one_tenth()
    {
        var estimate = FixationProbability.Estimate(NeutralPopulation(), new MoranOptions { Match = new MatchOptions { Turns = 10 } }, runs: 10_000, seed: 2024, jobs: 2, confidence: 0.99);
        FixationCount mutant = estimate["Cooperator"];
        Assert.Equal(0, estimate.Unfixed);
        Assert.Equal(10_000 - mutant.Count, estimate["Cycler: C"].Count);
        Assert.InRange(0.1, mutant.Lower, mutant.Upper);
        // The exact test's interval is narrow enough to be a real check: ±0.8 percentage points at n = 10,000.
        Assert.True(mutant.Upper - mutant.Lower < 0.017, $"{mutant.Lower}..{mutant.Upper}");
    }

    [Fact]
    public void Neutral_death_birth_on_a_cycle_also_fixes_with_probability_one_over_n()
    {
        // Isothermal theorem (Lieberman, Hauert & Nowak 2005): on a regular graph neutral fixation is 1/N.
        var options = new MoranOptions { Mode = MoranMode.DeathBirth, InteractionGraph = PopulationGraph.Cycle(10), Match = new MatchOptions { Turns = 10 } };
        var estimate = FixationProbability.Estimate(NeutralPopulation(), options, runs: 3000, seed: 5, jobs: 2, confidence: 0.99);
        Assert.InRange(0.1, estimate["Cooperator"].Lower, estimate["Cooperator"].Upper);
    }

    [Fact]
    public void The_estimate_is_identical_for_any_number_of_jobs()
    {
        Strategy[] players = [new TitForTat(), new Defector(), new Defector(), new RandomStrategy(), new Alternator()];
        var options = new MoranOptions { Match = new MatchOptions { Turns = 20 } };
        var serial = FixationProbability.Estimate(players, options, runs: 300, seed: 77, jobs: 1);
        var parallel = FixationProbability.Estimate(players, options, runs: 300, seed: 77, jobs: 4);
        Assert.Equal(serial.Winners, parallel.Winners);
        Assert.Equal(serial.Generations, parallel.Generations);
        Assert.Equal(serial.Types, parallel.Types);
        Assert.Equal(300, serial.Types.Sum(t => t.Count) + serial.Unfixed);
    }

    [Fact]
    public void Mutation_is_refused_because_nothing_stays_fixed()
    {
        Assert.Throws<ArgumentException>(() => FixationProbability.Estimate([new TitForTat(), new Defector()], new MoranOptions { MutationRate = 0.1 }, 10, 0));
    }
}
