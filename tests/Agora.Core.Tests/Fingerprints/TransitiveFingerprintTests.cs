using Agora.Core.Fingerprints;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Fingerprints;

/// <summary>Transitive fingerprints against Random(p): Tit For Tat cooperates at turn t ≥ 1 with probability p, and
/// Grudger with probability pᵗ (it cooperates only while the opponent has never defected).</summary>
/// <remarks>Tolerance: each cell's count of cooperations must pass an exact two-sided binomial test at level 1e-6
/// (a false-alarm rate of at most 2.5e-3 over 2,500 cells). The normal approximation is unusable here: pᵗ can be
/// 1e-4, and one cooperation in 200 matches is then likely, not a six-sigma event.</remarks>
public sealed class TransitiveFingerprintTests
{
    private const double Level = 1e-6;

    [Fact]
    public void Grudger_matches_p_to_the_t_and_axelrods_recording()
    {
        AxelrodRecording axelrod = AxelrodRecording.Load("axelrod-transitive-grudger.json");
        var options = new TransitiveFingerprintOptions { Turns = axelrod.Turns, Repetitions = 400, Seed = 3, Jobs = 2 };
        TransitiveFingerprint ours = TransitiveFingerprinter.Compute(new Grudger(), options);
        double[] ps = FingerprintGrid.Linspace(options.RandomOpponents);
        Assert.Equal(axelrod.Cells.Count, ours.CooperationRates.Count);
        for (int k = 0; k < axelrod.Cells.Count; k++)
        {
            AxelrodCell cell = axelrod.Cells[k];
            int row = k / ours.Turns, turn = k % ours.Turns;
            Assert.Equal(ps[row], cell.First, 12);
            Assert.Equal(turn, (int)cell.Second);
            double expected = Math.Pow(ps[row], turn);
            AssertWithin(ours.CooperationRate(row, turn), expected, ours.Repetitions, $"ours p={ps[row]} t={turn}");
            AssertWithin(cell.Mean, expected, cell.Count, $"Axelrod p={ps[row]} t={turn}");
        }
    }

    [Fact]
    public void Tit_for_tat_opens_with_c_then_copies_the_opponents_rate()
    {
        var options = new TransitiveFingerprintOptions { RandomOpponents = 5, Turns = 20, Repetitions = 300, Jobs = 1 };
        TransitiveFingerprint ours = TransitiveFingerprinter.Compute(new TitForTat(), options);
        Assert.Equal(["Random: 0.0", "Random: 0.25", "Random: 0.5", "Random: 0.75", "Random: 1.0"], ours.Opponents);
        for (int row = 0; row < 5; row++)
        {
            Assert.Equal(1, ours.CooperationRate(row, 0));
            for (int turn = 1; turn < options.Turns; turn++)
            {
                AssertWithin(ours.CooperationRate(row, turn), row / 4.0, options.Repetitions, $"p={row / 4.0} t={turn}");
            }
        }
    }

    [Fact]
    public void Results_are_identical_for_any_number_of_jobs_and_respect_custom_opponents()
    {
        var options = new TransitiveFingerprintOptions { Opponents = [new Alternator(), new RandomStrategy(0.3), new Defector()], Turns = 15, Repetitions = 50, Noise = 0.1, Seed = 9 };
        Strategy wsls = StrategyRegistry.Create("Win-Stay Lose-Shift");
        TransitiveFingerprint serial = TransitiveFingerprinter.Compute(wsls, options with { Jobs = 1 });
        TransitiveFingerprint parallel = TransitiveFingerprinter.Compute(wsls, options with { Jobs = 3 });
        Assert.Equal(serial.CooperationRates, parallel.CooperationRates);
        Assert.Equal(["Alternator", "Random: 0.3", "Defector"], serial.Opponents);
    }

    [Fact]
    public void The_binomial_test_matches_hand_computed_tails()
    {
        // One success in 200 at p = 1.25e-4: P(X >= 1) = 1 - (1 - p)^200 = 0.024690..., doubled.
        Assert.Equal(2 * (1 - Math.Pow(1 - 1.25e-4, 200)), BinomialTest.TwoSidedPValue(1, 200, 1.25e-4), 12);
        Assert.Equal(1, BinomialTest.TwoSidedPValue(5, 10, 0.5));
        Assert.Equal(2 * Math.Pow(0.5, 10), BinomialTest.TwoSidedPValue(10, 10, 0.5), 15);
        Assert.Equal(0, BinomialTest.TwoSidedPValue(1, 10, 0));
    }

    private static void AssertWithin(double observed, double expected, int n, string what)
    {
        int count = (int)Math.Round(observed * n);
        Assert.Equal(observed, (double)count / n, 12);
        double pValue = BinomialTest.TwoSidedPValue(count, n, expected);
        Assert.True(pValue >= Level, $"{what}: {count}/{n} cooperations against p = {expected} has p-value {pValue}");
    }
}
