using Agora.Core.Environments.GridWorld;
using Agora.Core.Experiments;
using Agora.Core.Exploration;
using Agora.Core.Randomness;
using Agora.Neural.Exploration;
using Agora.Neural.Rl;

namespace Agora.Neural.Experiments;

/// <summary>
/// <c>exploration-bonuses-neural</c>: PPO on the contextual gridworlds with a count bonus (global, episodic, product) or
/// a learned one (E3B, RND, E3B×RND, E3B×NovelD), as the number of contexts varies.
/// </summary>
/// <remarks>
/// <para>
/// The PPO counterpart of <see cref="ExplorationBonusesExperiment"/> (Henaff, Jiang and Raileanu, ICML 2023), with the
/// paper's E3B and E3B×RND bonuses. One trial trains one CleanRL-default PPO (<see cref="Ppo"/>, learning rate and
/// rollout set here) on <c>envs</c> copies with the bonus named by <c>bonus</c>; sweep <c>bonus</c> to compare.
/// Trials with the same index share their contexts and episode seeds whatever the bonus (common random numbers).
/// </para>
/// <para>
/// Recorded every <c>record-every</c> steps: <c>success</c> (the fraction of episodes ended in the window that reached
/// the goal) and <c>return</c> (their mean extrinsic return). Summaries: <c>final-success</c> and <c>final-return</c>
/// over the last fifth of training, <c>auc-success</c> (success over all of training) and <c>episodes</c>.
/// </para>
/// </remarks>
public sealed class ExplorationBonusesNeuralExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "exploration-bonuses-neural";

    /// <inheritdoc />
    public string Summary => "PPO on contextual gridworlds with count bonuses (global, episodic, product) or learned ones (E3B, RND, E3B x RND, E3B x NovelD).";

    /// <inheritdoc />
    public string Reference => "Henaff, Jiang & Raileanu (ICML 2023); Henaff et al. (NeurIPS 2022), E3B; Burda et al. (ICLR 2019), RND. docs/exploration-bonuses.md";

    /// <inheritdoc />
    public int DefaultTrials => 5;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("task", "multiroom-lite", "Task family: multiroom-lite or corridor-key.", "multiroom-lite", "corridor-key"),
        ParameterSpec.Integer("contexts", -1, "Distinct levels episodes are drawn from; -1 for a fresh level every episode.", min: -1, max: 100_000, validator: c => c == 0 ? "must be a positive number of contexts, or -1 for a fresh level every episode; got 0" : null),
        ParameterSpec.Choice("bonus", "e3b", "Exploration bonus: none, global, episodic, product (counts on (x, y)), e3b, rnd, e3b-rnd or e3b-noveld (learned), e3b-pos (E3B on a fixed one-hot (x, y) embedding).", GridBonusFactory.Names),
        ParameterSpec.Integer("steps", 100_000, "Environment steps per trial (over all copies).", min: 1_000, max: 100_000_000),
        ParameterSpec.Real("beta", 0.1, "Bonus coefficient: reward = extrinsic + beta * bonus (learned bonuses divided by their running RMS first).", min: 0, max: 1000),
        ParameterSpec.Integer("envs", 8, "Environment copies PPO steps together.", min: 1, max: 256),
        ParameterSpec.Integer("rollout", 128, "PPO steps per copy per update.", min: 4, max: 4096),
        ParameterSpec.Real("learning-rate", 5e-4, "PPO's Adam learning rate (linearly annealed).", min: 1e-7, max: 1),
        ParameterSpec.Real("entropy", 0.01, "PPO's entropy coefficient.", min: 0, max: 10),
        ParameterSpec.Integer("max-steps", 100, "Episode step limit.", min: 1, max: 100_000),
        ParameterSpec.Integer("record-every", 10_000, "Record the curves every this many steps.", min: 1, max: 100_000_000),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParameterValues p = context.Parameters;
        int contexts = p.GetInt32("contexts");
        if (contexts == 0)
        {
            throw new ParameterException("contexts", "Parameter 'contexts' must be a positive count or -1 for unbounded; got 0.");
        }

        AgoraRandom root = context.CreateRandom();
        ulong contextSeed = root.Fork("contexts").NextUInt64();
        ulong episodeSeed = root.Fork("episodes").NextUInt64();
        string bonus = p.GetChoice("bonus");
        long steps = p.GetInteger("steps");
        int copies = p.GetInt32("envs");
        GridTask task = ExplorationBonusesExperiment.CreateTask(p.GetChoice("task"));
        var gridOptions = new GridWorldOptions { Contexts = contexts, ContextSeed = contextSeed, ViewSize = 5, MaxSteps = p.GetInt32("max-steps") };
        var modelOptions = new LearnedModelOptions { InputScale = 0.1f };
        var envs = GridBonusFactory.Create(task, gridOptions, copies, bonus, p.GetReal("beta"), modelOptions, root.Fork("bonus/" + bonus).NextUInt64());
        int rollout = p.GetInt32("rollout");
        var options = new PpoOptions
        {
            TotalTimesteps = steps,
            NumEnvs = copies,
            NumSteps = rollout,
            NumMinibatches = (copies * rollout) % 4 == 0 ? 4 : 1,
            LearningRate = (float)p.GetReal("learning-rate"),
            EntCoef = (float)p.GetReal("entropy"),
        };
        var agent = new Ppo(envs[0].ObservationSize, envs[0].NumActions, options, root.Fork("agent/" + bonus).NextUInt64());
        IReadOnlyList<GridEpisodeRecord> episodes = BonusedEnvRunner.Run(agent, envs, steps, episodeSeed, observationScale: 0.1f);
        Report(context, episodes, steps, p.GetInteger("record-every"));
    }

    private static void Report(TrialContext context, IReadOnlyList<GridEpisodeRecord> episodes, long steps, long recordEvery)
    {
        for (long end = recordEvery; end < steps + recordEvery; end += recordEvery)
        {
            long start = end - recordEvery;
            long to = Math.Min(end, steps);
            var window = episodes.Where(e => e.GlobalStep > start && e.GlobalStep <= to).ToList();
            if (window.Count > 0)
            {
                context.Sink.Scalar("success", to, window.Count(e => e.Success) / (double)window.Count);
                context.Sink.Scalar("return", to, window.Average(e => e.ExtrinsicReturn));
            }
        }

        long finalFrom = steps - (steps / 5);
        var final = episodes.Where(e => e.GlobalStep > finalFrom).ToList();
        context.Sink.Summary("final-success", final.Count == 0 ? 0 : final.Count(e => e.Success) / (double)final.Count);
        context.Sink.Summary("final-return", final.Count == 0 ? 0 : final.Average(e => e.ExtrinsicReturn));
        context.Sink.Summary("auc-success", episodes.Count == 0 ? 0 : episodes.Count(e => e.Success) / (double)episodes.Count);
        context.Sink.Summary("episodes", episodes.Count);
    }
}
