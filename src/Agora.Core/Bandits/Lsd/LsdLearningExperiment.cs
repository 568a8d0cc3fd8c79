using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Bandits.Lsd;

/// <summary>
/// <c>lsd-learning</c>: regret of explore-then-commit on the approximation planner against the full-information planner,
/// over horizons T = 1000 … max-horizon, with the fitted log-log slope.
/// </summary>
/// <remarks>
/// Each trial draws one random monotone instance and runs <see cref="LsdExploreThenCommit"/> <c>runs</c> times
/// independently for every T in the 1-2-5 grid from 1000 to <c>max-horizon</c>. It records their mean regret R(T)
/// (against the full-information approximation planner, so a single run can be negative when planning on noisy
/// estimates happens to find a better schedule than planning on the truth) under <c>regret/etc</c> at step T,
/// and <c>log10-regret/etc</c> = log10 R(T) at step round(1000·log10 T), so that <c>agora plot</c> draws the log-log
/// curve. The summary <c>slope</c> is the least-squares slope of log R against log T over the grid (R below 1e-3 is
/// clamped to 1e-3 first); sublinear regret means slope &lt; 1.
/// </remarks>
public sealed class LsdLearningExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "lsd-learning";

    /// <inheritdoc />
    public string Summary => "Regret of explore-then-commit on LSD bandits vs the full-information planner, with the log-log slope.";

    /// <inheritdoc />
    public string Reference => "Foussoul, Goyal, Papadigenopoulos & Zeevi (ICML 2023). docs/lsd-bandits.md";

    /// <inheritdoc />
    public int DefaultTrials => 20;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("arms", 3, "Number of arms k.", min: 2, max: 8),
        ParameterSpec.Integer("tau-max", 3, "tau-max, where the last-switch states saturate.", min: 1, max: 16),
        ParameterSpec.Choice("family", "mixed", "Random monotone payoffs: satiation, deprivation (recharging) or mixed.", "satiation", "deprivation", "mixed"),
        ParameterSpec.Integer("max-horizon", 100_000, "The largest horizon T; the grid is 1000, 2000, 5000, 10000, ... up to it.", min: 1000, max: 10_000_000),
        ParameterSpec.Integer("runs", 5, "Independent learner runs per horizon on the trial's instance; the trial reports their mean regret.", min: 1, max: 1000),
    ];

    /// <summary>The horizons 1000, 2000, 5000, 10000, … up to <paramref name="max"/>.</summary>
    /// <param name="max">The largest horizon.</param>
    /// <returns>The grid.</returns>
    public static IReadOnlyList<long> Horizons(long max)
    {
        var grid = new List<long>();
        for (long decade = 1000; decade <= max; decade *= 10)
        {
            foreach (long f in new long[] { 1, 2, 5 })
            {
                if (decade * f <= max)
                {
                    grid.Add(decade * f);
                }
            }
        }

        return grid;
    }

    /// <summary>The least-squares slope of log y against log x.</summary>
    /// <param name="x">Positive x values.</param>
    /// <param name="y">y values; those below 1e-3 are clamped to 1e-3.</param>
    /// <returns>The slope.</returns>
    public static double LogLogSlope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var lx = x.Select(v => Math.Log(v)).ToArray();
        var ly = y.Select(v => Math.Log(Math.Max(v, 1e-3))).ToArray();
        double mx = lx.Average(), my = ly.Average();
        double sxy = lx.Zip(ly).Sum(p => (p.First - mx) * (p.Second - my));
        double sxx = lx.Sum(v => (v - mx) * (v - mx));
        return sxx > 0 ? sxy / sxx : double.NaN;
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        AgoraRandom root = context.CreateRandom();
        AgoraRandom instanceRng = root.Fork("instance");
        var instance = LsdInstance.RandomMonotone(p.GetInt32("arms"), p.GetInt32("tau-max"), LsdPlanningExperiment.ParseFamily(p.GetChoice("family")), ref instanceRng);
        var horizons = Horizons(p.GetInteger("max-horizon"));
        var regrets = new List<double>();
        foreach (long horizon in horizons)
        {
            double regret = 0, explored = 0;
            int runs = p.GetInt32("runs");
            for (int run = 0; run < runs; run++)
            {
                AgoraRandom rewards = root.Fork($"rewards/T={horizon}/run={run}");
                var result = LsdExploreThenCommit.Run(instance, horizon, ref rewards);
                regret += result.Regret / runs;
                explored += (double)result.ExplorationRounds / runs;
            }

            regrets.Add(regret);
            context.Sink.Scalar("regret/etc", horizon, regret);
            context.Sink.Scalar("log10-regret/etc", (long)Math.Round(1000 * Math.Log10(horizon)), Math.Log10(Math.Max(regret, 1e-3)));
            context.Sink.Scalar("exploration-fraction/etc", horizon, explored / horizon);
            context.CancellationToken.ThrowIfCancellationRequested();
        }

        context.Sink.Summary("slope", LogLogSlope(horizons.Select(h => (double)h).ToArray(), regrets));
        context.Sink.Summary("regret/etc", regrets[^1]);
        context.Sink.Summary("regret-per-round/etc", regrets[^1] / horizons[^1]);
    }
}
