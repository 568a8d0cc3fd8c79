using Agora.Core.Environments.Foraging;
using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Mansa;

/// <summary>One method trained and evaluated on a Level-Based Foraging preset, with tabular learners over hashed observations.</summary>
/// <remarks>
/// IL learns each agent's Q over its own observation with the team reward; CL learns over the joint observation and the
/// 36 joint actions; the switcher sees the joint observation. Episode seeds come from a fork shared by all methods, so
/// they meet the same episodes. Evaluation is greedy over fixed seeds; the return is the mean summed episode reward
/// (1 when every food is collected).
/// </remarks>
internal static class ForagingRun
{
    public static MansaExperiment.MansaResult Run(MansaExperiment.Method method, ForagingOptions options, int episodes, int evalEpisodes, double switchCost, MansaExperiment.Setup setup, AgoraRandom episodeSeeds, ref AgoraRandom rng, CancellationToken cancel)
    {
        var env = new ForagingEnv(options);
        int n = env.NumAgents;
        int d = env.ObservationSize;
        var il = new IndependentQLearning(n, d, 6, (_, a) => new TabularQ(a), setup.Options);
        var cl = new CentralQLearning(n, d, 6, (_, a) => new TabularQ(a), setup.Options);
        var mansa = new MansaLearner(il, cl, switchCost, setup.Budget, setup.Options);
        var obs = new float[n * d];
        var next = new float[n * d];
        var masks = new bool[n * 6];
        var nextMasks = new bool[n * 6];
        var actions = new int[n];
        var rewards = new float[n];
        var terminated = new bool[n];
        var truncated = new bool[n];
        long decisions = 0;
        long central = 0;
        for (int e = 0; e < episodes; e++)
        {
            cancel.ThrowIfCancellationRequested();
            env.Reset(episodeSeeds.NextUInt64());
            mansa.BeginEpisode();
            env.WriteObservations(obs);
            env.WriteActionMasks(masks);
            while (!env.IsOver)
            {
                MansaChoice choice = ClimbingRun.Act(method, il, cl, mansa, obs, obs, masks, setup.Epsilon, ref rng, actions);
                env.Step(actions, rewards, terminated, truncated);
                env.WriteObservations(next);
                env.WriteActionMasks(nextMasks);
                decisions++;
                central += choice == MansaChoice.Central ? 1 : 0;
                switch (method)
                {
                    case MansaExperiment.Method.IL: il.Learn(obs, actions, rewards, next, nextMasks, terminated[0]); break;
                    case MansaExperiment.Method.CL: cl.Learn(obs, actions, rewards, next, nextMasks, terminated[0]); break;
                    default: mansa.Learn(choice, obs, obs, actions, rewards, next, next, nextMasks, terminated[0]); break;
                }

                (obs, next) = (next, obs);
                (masks, nextMasks) = (nextMasks, masks);
            }
        }

        var evalSeeds = new AgoraRandom(0xE7A1);
        double total = 0;
        long evalDecisions = 0;
        long evalCentral = 0;
        long loadStates = 0;
        long loadCentral = 0;
        long collections = 0;
        long collectionsByIndependent = 0;
        for (int e = 0; e < evalEpisodes; e++)
        {
            env.Reset(evalSeeds.NextUInt64());
            mansa.BeginEpisode();
            while (!env.IsOver)
            {
                env.WriteObservations(obs);
                env.WriteActionMasks(masks);
                MansaChoice choice = ClimbingRun.Act(method, il, cl, mansa, obs, obs, masks, 0, ref rng, actions);
                env.Step(actions, rewards, terminated, truncated);
                double reward = PerAgentQLearner.Sum(rewards);
                total += reward;
                if (reward > 0)
                {
                    collections++;
                    collectionsByIndependent += choice == MansaChoice.Independent ? 1 : 0;
                }

                evalDecisions++;
                evalCentral += choice == MansaChoice.Central ? 1 : 0;
                if (EveryoneMayLoad(masks, n))
                {
                    loadStates++;
                    loadCentral += choice == MansaChoice.Central ? 1 : 0;
                }
            }
        }

        long otherStates = evalDecisions - loadStates;
        return new(total / evalEpisodes, (double)central / decisions, (double)evalCentral / evalDecisions)
        {
            LoadStateCentralFraction = loadStates == 0 ? 0 : (double)loadCentral / loadStates,
            OtherStateCentralFraction = otherStates == 0 ? 0 : (double)(evalCentral - loadCentral) / otherStates,
            IndependentCollectionFraction = collections == 0 ? 0 : (double)collectionsByIndependent / collections,
        };
    }

    /// <summary>Whether every player stands next to a food (LOAD legal for all): under force-coop with two players, the only states where a load can succeed.</summary>
    private static bool EveryoneMayLoad(ReadOnlySpan<bool> masks, int players)
    {
        for (int i = 0; i < players; i++)
        {
            if (!masks[(i * 6) + (int)ForagingAction.Load])
            {
                return false;
            }
        }

        return true;
    }
}
