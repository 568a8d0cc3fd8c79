using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Neural.Rl;

namespace Agora.Neural.Experiments;

/// <summary>Trains CleanRL-default PPO or DQN on CartPole-v1 and records the learning curve.</summary>
/// <remarks>
/// Metrics: <c>charts/episodic_return</c> at step = the end of each <c>bin</c>-step window, the mean return of the
/// episodes that ended in it (so trials with different episode boundaries average on the same steps); summary
/// <c>return/last20</c>, the mean of the last 20 episodes, and <c>solved</c> (1 when it reaches the threshold:
/// 475 for PPO, 400 for DQN).
/// </remarks>
public sealed class CartPoleExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "cartpole";

    /// <inheritdoc />
    public string Summary => "CleanRL-default PPO or DQN on CartPole-v1: learning curve and mean return of the last 20 episodes.";

    /// <inheritdoc />
    public string Reference => "CleanRL ppo.py / dqn.py (Huang et al. 2022). docs/deep-rl.md";

    /// <inheritdoc />
    public int DefaultTrials => 5;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("algorithm", "ppo", "ppo or dqn, with CleanRL's defaults.", "ppo", "dqn"),
        ParameterSpec.Integer("steps", 500_000, "Total environment steps.", min: 1, max: 100_000_000),
        ParameterSpec.Integer("bin", 10_000, "Steps per point of the learning curve.", min: 1, max: 100_000_000),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        long steps = p.GetInteger("steps");
        long bin = p.GetInteger("bin");
        bool ppo = p.GetChoice("algorithm") == "ppo";
        AgoraRandom rng = context.CreateRandom();
        ulong agentSeed = rng.Fork("agent").NextUInt64();
        IReadOnlyList<EpisodeRecord> episodes;
        if (ppo)
        {
            var options = new PpoOptions { TotalTimesteps = steps };
            var env = new VectorEnv(() => new CartPoleEnv(), options.NumEnvs, AutoresetMode.SameStep);
            episodes = RlRunner.Run(new Ppo(4, 2, options, agentSeed), env, steps, rng.Fork("env").NextUInt64());
        }
        else
        {
            var options = new DqnOptions { TotalTimesteps = steps };
            var env = new VectorEnv(() => new CartPoleEnv(), options.NumEnvs, AutoresetMode.SameStep);
            episodes = RlRunner.Run(new Dqn(4, 2, options, agentSeed), env, steps, rng.Fork("env").NextUInt64());
        }

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
        context.Sink.Summary("solved", last20 >= (ppo ? 475 : 400) ? 1 : 0);
    }
}
