using Agora.Core.Fingerprints;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Fingerprints;

/// <summary>Ashlock fingerprints checked against exact finite-horizon expectations and against Axelrod 4.13.</summary>
/// <remarks>
/// Tolerance: a cell passes when the difference is within Z standard errors (of one mean against an exact value, or
/// of the difference of two independent means against Axelrod). Z = 4.5 gives a two-sided false-alarm rate of 6.8e-6
/// per cell, below 1e-3 for the 121 cells of a grid even without the seeds being fixed (they are).
/// </remarks>
public sealed class AshlockFingerprintTests
{
    private const double Z = 4.5;

    [Theory]
    [InlineData("Tit For Tat", "axelrod-ashlock-tft.json")]
    [InlineData("Win-Stay Lose-Shift", "axelrod-ashlock-wsls.json")]
    public void Matches_the_exact_expectation_and_axelrods_recording_cell_by_cell(string name, string recording)
    {
        AxelrodRecording axelrod = AxelrodRecording.Load(recording);
        var options = new AshlockFingerprintOptions { Step = axelrod.Step!.Value, Turns = axelrod.Turns, Repetitions = 500, Seed = 11, Jobs = 2 };
        AshlockFingerprint ours = AshlockFingerprinter.Compute(StrategyRegistry.Create(name), options);
        Assert.Equal(axelrod.Cells.Count, ours.Means.Count);
        Func<double, double, int, double> exact = name == "Tit For Tat" ? MemoryOneExpectation.TitForTat : MemoryOneExpectation.WinStayLoseShift;
        for (int k = 0; k < ours.Means.Count; k++)
        {
            AxelrodCell cell = axelrod.Cells[k];
            double x = ours.Coordinates[k / ours.Size], y = ours.Coordinates[k % ours.Size];
            Assert.Equal(cell.First, x, 1e-12);
            Assert.Equal(cell.Second, y, 1e-12);
            double expected = exact(x, y, axelrod.Turns);
            double oursError = ours.StandardDeviations[k] / Math.Sqrt(ours.Repetitions);
            double axelrodError = cell.StandardDeviation / Math.Sqrt(cell.Count);
            Assert.True(Math.Abs(ours.Means[k] - expected) <= (Z * oursError) + 1e-9, $"ours at ({x}, {y}): {ours.Means[k]} vs exact {expected} ± {oursError}");
            Assert.True(Math.Abs(cell.Mean - expected) <= (Z * axelrodError) + 1e-9, $"Axelrod at ({x}, {y}): {cell.Mean} vs exact {expected} ± {axelrodError}");
            double both = Math.Sqrt((oursError * oursError) + (axelrodError * axelrodError));
            Assert.True(Math.Abs(ours.Means[k] - cell.Mean) <= (Z * both) + 1e-9, $"at ({x}, {y}): ours {ours.Means[k]} vs Axelrod {cell.Mean} ± {both}");
        }
    }

    [Fact]
    public void Deterministic_corners_take_their_exact_values()
    {
        AshlockFingerprint tft = AshlockFingerprinter.Compute(new TitForTat(), new AshlockFingerprintOptions { Step = 1, Turns = 50, Repetitions = 3, Jobs = 1 });

        // (0, 0): the probe is TFT itself, all C, 3 per turn. (1, 1): the dual of TFT plays D then the opposite of our
        // last move, cycling (C,D) (D,D) (D,C) (C,C) = 0+1+5+3 per 4 turns; 12 cycles then 0 and 1 give 109/50.
        // (1, 0): always C, so TFT scores 3; (0, 1): always D after TFT's opening C, so 0 then 1s: 49/50.
        Assert.Equal(3, tft.Mean(0, 0));
        Assert.Equal(109.0 / 50, tft.Mean(1, 1), 12);
        Assert.Equal(3, tft.Mean(1, 0));
        Assert.Equal(49.0 / 50, tft.Mean(0, 1), 12);
        Assert.All(tft.StandardDeviations, sd => Assert.Equal(0, sd));
    }

    [Fact]
    public void Results_are_identical_for_any_number_of_jobs()
    {
        Strategy strategy = StrategyRegistry.Create("Grudger");
        var options = new AshlockFingerprintOptions { Step = 0.2, Turns = 30, Repetitions = 20, Seed = 5 };
        AshlockFingerprint serial = AshlockFingerprinter.Compute(strategy, options with { Jobs = 1 });
        AshlockFingerprint parallel = AshlockFingerprinter.Compute(strategy, options with { Jobs = 4 });
        Assert.Equal(serial.Means, parallel.Means);
        Assert.Equal(serial.StandardDeviations, parallel.StandardDeviations);
        Assert.NotEqual(serial.Means, AshlockFingerprinter.Compute(strategy, options with { Seed = 6 }).Means);
    }

    [Fact]
    public void The_grid_follows_axelrods_linspace()
    {
        Assert.Equal([0, 0.5, 1], FingerprintGrid.Coordinates(0.5));
        Assert.Equal([0, 1.0 / 3, 2.0 / 3, 1], FingerprintGrid.Coordinates(0.3)); // ⌊1/0.3⌋ + 1 = 4 points
        Assert.Equal(101, FingerprintGrid.Coordinates(0.01).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => FingerprintGrid.Coordinates(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AshlockFingerprintOptions { Repetitions = 0 });
    }

    [Fact]
    public void The_probe_above_the_diagonal_is_the_dual_of_the_mirrored_joss_ann()
    {
        Assert.Equal("Joss-Ann Tit For Tat: (0.2, 0.3)", AshlockProbe.Create(new TitForTat(), 0.2, 0.3).Name);
        Assert.Equal("Dual Joss-Ann Tit For Tat: (0.5, 0.5)", AshlockProbe.Create(new TitForTat(), 0.5, 0.5).Name);
        Assert.Equal("Dual Joss-Ann Tit For Tat: (0.0, 0.0)", AshlockProbe.Create(new TitForTat(), 1, 1).Name);
    }
}
