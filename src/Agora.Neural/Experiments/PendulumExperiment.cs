using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Neural.Rl;

namespace Agora.Neural.Experiments;

/// <summary>Trains continuous PPO (CleanRL's defaults, γ = 0.9 by default) on Pendulum-v1 and records the learning curve.</summary>
/// <remarks>
/// Metrics: <c>charts/episodic_return</c> at step = the end of each <c>bin</c>-step window, the mean raw return of the
/// episodes that ended in it; summary <c>return/last20</c>, the mean of the last 20 episodes, and <c>solved</c> (1 when
/// it is at least −300, the threshold). γ defaults to 0.9 rather than CleanRL's 0.99: with CleanRL's
/// treatment of the 200-step truncation as a terminal state, γ = 0.99 plateaus near −650 and then drifts to about −900
/// within 1M steps (docs/deep-rl.md).
/// </remarks>
public sealed class PendulumExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "pendulum";

    /// <inheritdoc />
    public string Summary => "Continuous PPO (CleanRL defaults, gamma 0.9) on Pendulum-v1: learning curve and mean return of the last 20 episodes.";

    /// <inheritdoc />
    public string Reference => "CleanRL ppo_continuous_action.py (Huang et al. 2022). docs/deep-rl.md";

    /// <inheritdoc />
    public int DefaultTrials => 3;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("steps", 1_000_000, "Total environment steps.", min: 2048, max: 100_000_000),
        ParameterSpec.Integer("bin", 20_000, "Steps per point of the learning curve.", min: 1, max: 100_000_000),
        ParameterSpec.Real("gamma", 0.9, "Discount (CleanRL's default is 0.99).", min: 0, max: 1),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        long steps = p.GetInteger("steps");
        long bin = p.GetInteger("bin");
        AgoraRandom rng = context.CreateRandom();
        var options = new ContinuousPpoOptions { TotalTimesteps = steps, Gamma = (float)p.GetReal("gamma") };
        var env = new VectorEnv(() => new PendulumEnv(), options.NumEnvs, AutoresetMode.SameStep);
        var agent = new ContinuousPpo(3, 1, options, rng.Fork("agent").NextUInt64());
        IReadOnlyList<EpisodeRecord> episodes = RlRunner.Run(agent, env, steps, rng.Fork("env").NextUInt64());
        for (long end = bin; end < steps + bin; end += bin)
        {
            long start = end - bin;
            var inBin = episodes.Where(e => e.GlobalStep > start && e.GlobalStep <= end).ToList();
            if (inBin.Count > 0)
            {
                context.Sink.Scalar("charts/episodic_return", end, inBin.Average(e => e.Return));
            }
        }

        double last20 = episodes.Count == 0 ? 0 : episodes.Skip(Math.Max(0, episodes.Count - 20)).Average(e => e.Return);
        context.Sink.Summary("return/last20", last20);
        context.Sink.Summary("episodes", episodes.Count);
        context.Sink.Summary("solved", last20 >= -300 ? 1 : 0);
    }
}
