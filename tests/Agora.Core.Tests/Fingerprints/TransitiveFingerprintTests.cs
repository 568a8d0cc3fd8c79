using Agora.Core.Fingerprints;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Fingerprints;

/// <summary>Transitive fingerprints against Random(p): Tit For Tat cooperates at turn t ≥ 1 with probability p, and
/// Grudger with probability pᵗ (it cooperates only while the opponent has never defected).</summary>
/// <remarks>Tolerance: Z = 5 binomial standard errors per cell (false-alarm rate 5.7e-7 per cell, 1.4e-3 over 2,500 cells).</remarks>
public sealed class TransitiveFingerprintTests
{
    private const double Z = 5;

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

    private static void AssertWithin(double observed, double expected, int n, string what)
    {
        double error = Math.Sqrt(expected * (1 - expected) / n);
        Assert.True(Math.Abs(observed - expected) <= (Z * error) + 1e-12, $"{what}: {observed} vs {expected} ± {error}");
    }
}
