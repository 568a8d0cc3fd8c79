using Agora.Core.Agents;
using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.Exploration;

/// <summary>
/// <c>exploration-bonuses</c>: no bonus, global, episodic and product count bonuses for tabular Q-learning on
/// procedurally generated gridworlds, as the number of distinct contexts (levels) varies.
/// </summary>
/// <remarks>
/// <para>
/// Henaff, Jiang and Raileanu, "A Study of Global and Episodic Bonuses for Exploration in Contextual MDPs" (ICML 2023)
/// claim that episodic bonuses win when contexts share little (many levels), global bonuses win when they share a lot
/// (one level), and their product is robust. This is the spec's smallest faithful version: a contextual gridworld whose
/// context count is swept over {1, 3, 5, 10, ∞}, counts keyed by the agent's (x, y) cell as the paper's
/// <c>counts-pos</c>, reward <c>r + β·b</c>, and tabular Q-learning on the hashed 5×5 egocentric view in place of
/// IMPALA (PPO with the learned bonuses E3B and RND is <c>exploration-bonuses-neural</c> in Agora.Neural, which Core
/// cannot reference).
/// </para>
/// <para>
/// Each trial draws its own set of contexts and trains four fresh agents, one per bonus, on the same episode seeds
/// (common random numbers). Recorded every <c>record-every</c> steps: <c>success/&lt;bonus&gt;</c> (fraction of the
/// episodes finished in that window that reached the goal) and <c>return/&lt;bonus&gt;</c> (their mean extrinsic
/// return); summaries <c>final-success/&lt;bonus&gt;</c> and <c>final-return/&lt;bonus&gt;</c> over the episodes of
/// the last fifth of training.
/// </para>
/// </remarks>
public sealed class ExplorationBonusesExperiment : IExperiment
{
    /// <summary>The bonuses compared, in order.</summary>
    public static readonly string[] BonusNames = ["none", "global", "episodic", "product"];

    /// <inheritdoc />
    public string Name => "exploration-bonuses";

    /// <inheritdoc />
    public string Summary => "Global vs episodic vs product count bonuses for tabular Q-learning as the number of gridworld contexts varies.";

    /// <inheritdoc />
    public string Reference => "Henaff, Jiang & Raileanu (ICML 2023), A Study of Global and Episodic Bonuses for Exploration in Contextual MDPs. docs/exploration-bonuses.md";

    /// <inheritdoc />
    public int DefaultTrials => 10;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("task", "multiroom-lite", "Task family: multiroom-lite (3 rooms, 11x11, closed doors) or corridor-key (key room, winding corridor, locked goal room).", "multiroom-lite", "corridor-key"),
        ParameterSpec.Integer("contexts", -1, "Distinct levels episodes are drawn from; -1 for a fresh level every episode.", min: -1, max: 100_000, validator: c => c == 0 ? "must be a positive number of contexts, or -1 for a fresh level every episode; got 0" : null),
        ParameterSpec.Integer("steps", 200_000, "Environment steps per agent per trial.", min: 100, max: 100_000_000),
        ParameterSpec.Real("beta", 0.1, "Bonus coefficient: reward = extrinsic + beta * (bonus - bonus-offset).", min: 0, max: 1000),
        ParameterSpec.Real("bonus-offset", 1, "c in reward = extrinsic + beta * (bonus - c); 1 turns count bonuses into penalties for familiar states, so a zero-initialised Q-table explores (0 is the paper's form).", min: 0, max: 1),
        ParameterSpec.Real("learning-rate", 0.2, "Q-learning step size alpha.", min: 1e-6, max: 1),
        ParameterSpec.Real("epsilon", 0.05, "Probability of a random action.", min: 0, max: 1),
        ParameterSpec.Real("discount", 0.99, "Discount gamma.", min: 0, max: 1),
        ParameterSpec.Integer("max-steps", 100, "Episode step limit.", min: 1, max: 100_000),
        ParameterSpec.Integer("record-every", 10_000, "Record the curves every this many steps.", min: 1, max: 100_000_000),
    ];

    /// <summary>Builds the task of a family name.</summary>
    /// <param name="family">multiroom-lite or corridor-key.</param>
    /// <returns>The task.</returns>
    public static GridTask CreateTask(string family) => family switch
    {
        "multiroom-lite" => new MultiRoomTask(3, 3, 5, 11),
        "corridor-key" => new CorridorKeyTask(3, 4),
        _ => throw new ParameterException("task", $"Parameter 'task' must be multiroom-lite or corridor-key; got '{family}'."),
    };

    /// <summary>Builds a bonus by name (null for none).</summary>
    /// <param name="name">none, global, episodic or product.</param>
    /// <returns>The bonus.</returns>
    public static IExplorationBonus? CreateBonus(string name) => name switch
    {
        "none" => null,
        "global" => new GlobalCountBonus(),
        "episodic" => new EpisodicCountBonus(),
        "product" => new ProductBonus(new EpisodicCountBonus(), new GlobalCountBonus()),
        _ => throw new ArgumentOutOfRangeException(nameof(name), $"Unknown bonus '{name}'."),
    };

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
        GridTask task = CreateTask(p.GetChoice("task"));
        var gridOptions = new GridWorldOptions
        {
            Contexts = contexts,
            ContextSeed = contextSeed,
            ViewSize = 5,
            MaxSteps = p.GetInt32("max-steps"),
        };
        var agentOptions = new TabularQLearningOptions
        {
            LearningRate = p.GetReal("learning-rate"),
            Epsilon = p.GetReal("epsilon"),
            Discount = p.GetReal("discount"),
        };
        foreach (string bonusName in BonusNames)
        {
            var grid = new GridWorldEnv(task, gridOptions);
            IExplorationBonus? bonus = CreateBonus(bonusName);
            ExplorationBonusWrapper? wrapper = bonus is null ? null : new ExplorationBonusWrapper(grid, bonus, new GridPositionKeys(grid), p.GetReal("beta"), p.GetReal("bonus-offset"));
            var agent = new TabularQLearning(grid.NumActions, agentOptions, root.Fork("agent/" + bonusName).NextUInt64());
            Train(context, grid, wrapper, agent, bonusName, episodeSeed, p.GetInteger("steps"), p.GetInteger("record-every"));
        }
    }

    private static void Train(TrialContext context, GridWorldEnv grid, ExplorationBonusWrapper? wrapper, TabularQLearning agent, string bonusName, ulong episodeSeed, long steps, long recordEvery)
    {
        IParallelEnv env = wrapper ?? (IParallelEnv)grid;
        var obs = new float[env.ObservationSize];
        var next = new float[env.ObservationSize];
        var mask = new bool[env.NumActions];
        var action = new int[1];
        var reward = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        long episode = 0;
        long finalFrom = steps - (steps / 5);
        double windowReturn = 0;
        long windowEpisodes = 0;
        long windowSuccesses = 0;
        double finalReturn = 0;
        long finalEpisodes = 0;
        long finalSuccesses = 0;
        double episodeReturn = 0;
        bool success = false;
        string successKey = "success/" + bonusName;
        string returnKey = "return/" + bonusName;

        env.Reset(AgoraRandom.DeriveSeed(episodeSeed, episode));
        env.WriteObservations(obs);
        for (long t = 1; t <= steps; t++)
        {
            env.WriteActionMasks(mask);
            agent.Act(obs, mask, action);
            env.Step(action, reward, terminated, truncated);
            float extrinsic = wrapper is null ? reward[0] : wrapper.ExtrinsicRewards[0];
            episodeReturn += extrinsic;
            success |= terminated[0] && extrinsic > 0;
            env.WriteObservations(next);
            agent.Observe(new Transition(obs, mask, action, reward, next, terminated, truncated));
            (obs, next) = (next, obs);
            if (terminated[0] || truncated[0])
            {
                windowEpisodes++;
                windowReturn += episodeReturn;
                windowSuccesses += success ? 1 : 0;
                if (t > finalFrom)
                {
                    finalEpisodes++;
                    finalReturn += episodeReturn;
                    finalSuccesses += success ? 1 : 0;
                }

                episode++;
                episodeReturn = 0;
                success = false;
                env.Reset(AgoraRandom.DeriveSeed(episodeSeed, episode));
                env.WriteObservations(obs);
            }

            if ((t % recordEvery == 0 || t == steps) && windowEpisodes > 0)
            {
                context.Sink.Scalar(successKey, t, (double)windowSuccesses / windowEpisodes);
                context.Sink.Scalar(returnKey, t, windowReturn / windowEpisodes);
                windowEpisodes = 0;
                windowReturn = 0;
                windowSuccesses = 0;
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }

        context.Sink.Summary("final-success/" + bonusName, finalEpisodes == 0 ? 0 : (double)finalSuccesses / finalEpisodes);
        context.Sink.Summary("final-return/" + bonusName, finalEpisodes == 0 ? 0 : finalReturn / finalEpisodes);
        context.Sink.Summary("states/" + bonusName, agent.States);
    }
}
