using System.CommandLine;
using System.Globalization;
using Agora.Cli.Plotting;
using Agora.Core.Fingerprints;
using Agora.Core.Games;
using Agora.Core.Repeated;

namespace Agora.Cli.Commands;

/// <summary><c>agora fingerprint "A" [--kind ashlock|transitive] [--step S] [--turns N] [--repetitions N] [--seed N]
/// [--jobs N] [--plot PATH] [--json]</c>: a strategy's Ashlock or transitive fingerprint.</summary>
internal static class FingerprintCommand
{
    public static Command Create(CliContext context)
    {
        var strategy = new Argument<string>("A") { Description = "The strategy to fingerprint (see 'agora list strategies')." };
        var kind = new Option<string>("--kind") { Description = "ashlock (default: score against Joss-Ann probes over the unit square) or transitive (cooperation against Random(p) by turn).", DefaultValueFactory = _ => "ashlock" };
        var step = new Option<double>("--step") { Description = "Ashlock grid spacing in (0, 1]; default 0.01 (101x101 points, as Axelrod).", DefaultValueFactory = _ => 0.01 };
        var turns = new Option<int>("--turns") { Description = "Turns per match; default 50.", DefaultValueFactory = _ => 50 };
        var repetitions = new Option<int?>("--repetitions") { Description = "Matches per point or opponent; default 10 (ashlock) or 1000 (transitive), as Axelrod." };
        var seed = new Option<ulong>("--seed") { Description = "Root seed; default 0.", DefaultValueFactory = _ => 0 };
        var jobs = CommonOptions.Jobs();
        jobs.Description = "Points measured at once (default: all cores). Results never depend on it.";
        var probe = new Option<string>("--probe") { Description = "Ashlock: the strategy the Joss-Ann probe wraps; default Tit For Tat.", DefaultValueFactory = _ => "Tit For Tat" };
        var opponents = new Option<int>("--opponents") { Description = "Transitive: the number of Random(p) opponents, p evenly spaced over [0, 1]; default 50.", DefaultValueFactory = _ => 50 };
        var noise = new Option<double>("--noise") { Description = "Transitive: probability that each intended move is flipped, in [0, 1]; default 0." };
        var game = new Option<string>("--game") { Description = "A 2x2 game id; default pd.", DefaultValueFactory = _ => "pd" };
        var plot = new Option<string?>("--plot") { Description = "Also draw the fingerprint as a heatmap to this .png or .svg file." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with every point instead of the summary." };
        var command = new Command("fingerprint", "Measure a strategy's Ashlock or transitive fingerprint (as Axelrod's AshlockFingerprint and TransitiveFingerprint).")
        {
            strategy, kind, step, turns, repetitions, seed, jobs, probe, opponents, noise, game, plot, json,
        };
        command.SetAction(parse =>
        {
            string chosenKind = parse.GetValue(kind)!;
            if (chosenKind is not ("ashlock" or "transitive"))
            {
                throw new CliException($"--kind must be ashlock or transitive; got '{chosenKind}'.");
            }

            MatrixGame matrix = EquilibriaCommand.ResolveGame(parse.GetValue(game)!);
            if (matrix.Rows != 2 || matrix.Columns != 2)
            {
                throw new CliException($"Fingerprints need a 2x2 game; '{matrix.Type.ShortName}' is {matrix.Rows}x{matrix.Columns}.");
            }

            string? plotPath = parse.GetValue(plot);
            CheckPlotPath(plotPath);
            Strategy player = ResolveStrategy(parse.GetValue(strategy)!);
            int n = Positive(parse.GetValue(turns), "--turns");
            int jobCount = Positive(parse.GetValue(jobs), "--jobs");
            ulong rootSeed = parse.GetValue(seed);
            if (chosenKind == "ashlock")
            {
                double s = parse.GetValue(step);
                if (!(s > 0 && s <= 1))
                {
                    throw new CliException($"--step must be in (0, 1]; got {s.ToString(CultureInfo.InvariantCulture)}.");
                }

                var options = new AshlockFingerprintOptions
                {
                    Step = s, Turns = n, Repetitions = Positive(parse.GetValue(repetitions) ?? 10, "--repetitions"), Seed = rootSeed, Jobs = jobCount,
                    Probe = ResolveStrategy(parse.GetValue(probe)!), Game = matrix,
                };
                AshlockFingerprint fingerprint = AshlockFingerprinter.Compute(player, options, context.Cancellation);
                context.Out.Write(parse.GetValue(json) ? FingerprintWriter.Json(fingerprint) : FingerprintWriter.Text(fingerprint));
                Draw(context, plotPath, () => FingerprintPlots.Ashlock(fingerprint));
            }
            else
            {
                double p = parse.GetValue(noise);
                if (!(p >= 0 && p <= 1))
                {
                    throw new CliException($"--noise must be in [0, 1]; got {p.ToString(CultureInfo.InvariantCulture)}.");
                }

                var options = new TransitiveFingerprintOptions
                {
                    RandomOpponents = Positive(parse.GetValue(opponents), "--opponents"), Turns = n, Repetitions = Positive(parse.GetValue(repetitions) ?? 1000, "--repetitions"),
                    Noise = p, Seed = rootSeed, Jobs = jobCount, Game = matrix,
                };
                TransitiveFingerprint fingerprint = TransitiveFingerprinter.Compute(player, options, context.Cancellation);
                context.Out.Write(parse.GetValue(json) ? FingerprintWriter.Json(fingerprint) : FingerprintWriter.Text(fingerprint));
                Draw(context, plotPath, () => FingerprintPlots.Transitive(fingerprint));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void Draw(CliContext context, string? path, Func<HeatmapData> data)
    {
        if (path is null)
        {
            return;
        }

        HeatmapPlotter.Save(data(), path);
        context.Error.WriteLine($"wrote {path}");
    }

    private static void CheckPlotPath(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            PlotFileFormats.FromPath(path);
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static Strategy ResolveStrategy(string name)
    {
        try
        {
            return StrategyRegistry.Create(name);
        }
        catch (KeyNotFoundException)
        {
            throw new CliException($"Unknown strategy '{name}' (see 'agora list strategies').");
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static int Positive(int value, string option) =>
        value >= 1 ? value : throw new CliException($"{option} must be at least 1; got {value}.");
}
