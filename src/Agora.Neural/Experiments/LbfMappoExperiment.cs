using Agora.Core.Environments;
using Agora.Core.Environments.Foraging;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Neural.Rl;

namespace Agora.Neural.Experiments;

/// <summary>IPPO or MAPPO (parameter sharing, CleanRL-style PPO) on a small Level-Based Foraging field, against the uniform random legal policy.</summary>
/// <remarks>
/// The field: <c>size × size</c>, 2 players of level 1–2, 1 food, episodes of at most <c>horizon</c> steps, full sight;
/// with <c>coop</c> the food needs both players. The team return of an episode is the sum of both players' normalised
/// rewards, so it is 1 when the food is loaded and 0 otherwise. Metrics: <c>charts/episodic_return</c> at the end of
/// each <c>bin</c>-step window (mean team return of the episodes that ended in it); summaries <c>return/last100</c>,
/// <c>random/return</c> (the random legal policy on the same field, same number of copy steps) and <c>episodes</c>.
/// </remarks>
public sealed class LbfMappoExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "lbf-mappo";

    /// <inheritdoc />
    public string Summary => "IPPO or MAPPO (shared parameters, agent-id one-hot) on a small Level-Based Foraging field, against the random policy.";

    /// <inheritdoc />
    public string Reference => "Yu et al. 2022 (MAPPO); de Witt et al. 2020 (IPPO); Papoudakis et al. 2021 (LBF). docs/deep-rl.md";

    /// <inheritdoc />
    public int DefaultTrials => 3;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("algorithm", "mappo", "ippo (critic reads the agent's observation) or mappo (critic reads the global state).", "ippo", "mappo"),
        ParameterSpec.Integer("steps", 60_000, "Total copy steps (summed over the copies).", min: 1, max: 100_000_000),
        ParameterSpec.Integer("bin", 3_000, "Steps per point of the learning curve.", min: 1, max: 100_000_000),
        ParameterSpec.Integer("size", 5, "Field rows and columns.", min: 3, max: 20),
        ParameterSpec.Integer("horizon", 25, "Episode step limit.", min: 1, max: 1000),
        ParameterSpec.Boolean("coop", true, "Whether the food needs both players (ForceCoop)."),
    ];

    /// <summary>The field of this experiment.</summary>
    /// <param name="size">Rows and columns.</param>
    /// <param name="horizon">Episode step limit.</param>
    /// <param name="coop">Whether the food needs both players.</param>
    /// <returns>The options.</returns>
    public static ForagingOptions Field(int size, int horizon, bool coop) =>
        new() { Rows = size, Cols = size, Players = 2, MaxNumFood = 1, Sight = size, MaxEpisodeSteps = horizon, ForceCoop = coop };

    /// <summary>The mean team return per finished episode of the uniform random legal policy.</summary>
    /// <param name="env">SameStep copies.</param>
    /// <param name="totalSteps">Copy steps, summed over copies.</param>
    /// <param name="seed">Seeds the copies and the policy.</param>
    /// <returns>The mean team return (0 when no episode finished).</returns>
    public static double RandomTeamReturn(VectorEnv env, long totalSteps, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(env);
        var rng = new AgoraRandom(seed).Fork("random-policy");
        var actions = new int[env.Count * env.NumAgents];
        var legal = new int[env.NumActions];
        double total = 0;
        var running = new double[env.Count];
        long episodes = 0;
        env.Reset(seed);
        for (long step = 0; step < totalSteps; step += env.Count)
        {
            for (int r = 0; r < actions.Length; r++)
            {
                int n = 0;
                for (int k = 0; k < env.NumActions; k++)
                {
                    if (env.ActionMasks[(r * env.NumActions) + k])
                    {
                        legal[n++] = k;
                    }
                }

                actions[r] = n == 0 ? 0 : legal[rng.NextInt(n)];
            }

            env.Step(actions);
            for (int c = 0; c < env.Count; c++)
            {
                for (int a = 0; a < env.NumAgents; a++)
                {
                    running[c] += env.Rewards[(c * env.NumAgents) + a];
                }

                if (env.HasFinalObservation[c])
                {
                    total += running[c];
                    running[c] = 0;
                    episodes++;
                }
            }
        }

        return episodes == 0 ? 0 : total / episodes;
    }

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        long steps = p.GetInteger("steps");
        long bin = p.GetInteger("bin");
        ForagingOptions field = Field((int)p.GetInteger("size"), (int)p.GetInteger("horizon"), p.GetBoolean("coop"));
        AgoraRandom rng = context.CreateRandom();
        ulong agentSeed = rng.Fork("agent").NextUInt64();
        ulong envSeed = rng.Fork("env").NextUInt64();
        var options = new MultiAgentPpoOptions { TotalTimesteps = steps };
        var env = new VectorEnv(() => new ForagingEnv(field), options.NumEnvs, AutoresetMode.SameStep);
        MultiAgentPpo learner = p.GetChoice("algorithm") == "mappo"
            ? new Mappo(env.NumAgents, env.ObservationSize, env.StateSize, env.NumActions, options, agentSeed)
            : new Ippo(env.NumAgents, env.ObservationSize, env.NumActions, options, agentSeed);
        IReadOnlyList<EpisodeRecord> episodes = learner.Train(env, steps, envSeed);
        for (long end = bin; end < steps + bin; end += bin)
        {
            long start = end - bin;
            var inBin = episodes.Where(e => e.GlobalStep > start && e.GlobalStep <= end).ToList();
            if (inBin.Count > 0)
            {
                context.Sink.Scalar("charts/episodic_return", end, inBin.Average(e => e.Return));
            }
        }

        context.Sink.Summary("return/last100", episodes.Count == 0 ? 0 : episodes.Skip(Math.Max(0, episodes.Count - 100)).Average(e => e.Return));
        context.Sink.Summary("episodes", episodes.Count);
        var randomEnv = new VectorEnv(() => new ForagingEnv(field), options.NumEnvs, AutoresetMode.SameStep);
        context.Sink.Summary("random/return", RandomTeamReturn(randomEnv, Math.Min(steps, 20_000), envSeed));
    }
}
