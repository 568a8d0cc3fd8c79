using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Mansa;

/// <summary>One method trained and evaluated on the <see cref="ClimbingContextGame"/>.</summary>
/// <remarks>
/// Every step is a one-step episode (a context is drawn, both agents act, the shared reward r is paid), so learning is
/// bandit-like; the reward is handed to the learners as r/2 per agent so that the team sum is r. For the budget,
/// consecutive blocks of 20 steps count as an episode. Greedy evaluation visits every context once; the return is the
/// mean over contexts of reward/optimum.
/// </remarks>
internal static class ClimbingRun
{
    private const int BudgetEpisode = 20;

    public static MansaExperiment.MansaResult Run(MansaExperiment.Method method, long steps, double switchCost, MansaExperiment.Setup setup, AgoraRandom instanceRng, ref AgoraRandom rng, CancellationToken cancel)
    {
        var game = new ClimbingContextGame(20, 4, ref instanceRng);
        var il = new IndependentQLearning(2, 1, 3, (_, a) => new TabularQ(a), setup.Options);
        var cl = new CentralQLearning(2, 1, 3, (_, a) => new TabularQ(a, setup.CentralInitialQ), setup.Options);
        var mansa = new MansaLearner(il, cl, switchCost, setup.Budget, setup.Options);
        float[] obs = new float[2];
        float[] state = new float[1];
        int[] actions = new int[2];
        float[] rewards = new float[2];
        long central = 0;
        for (long t = 0; t < steps; t++)
        {
            if (t % BudgetEpisode == 0)
            {
                mansa.BeginEpisode();
                cancel.ThrowIfCancellationRequested();
            }

            int s = rng.NextInt(game.Contexts);
            obs[0] = obs[1] = state[0] = s;
            MansaChoice choice = Act(method, il, cl, mansa, state, obs, default, setup.Epsilon, ref rng, actions);
            float r = (float)game.Reward(s, actions[0], actions[1]);
            rewards[0] = rewards[1] = r / 2;
            central += choice == MansaChoice.Central ? 1 : 0;
            switch (method)
            {
                case MansaExperiment.Method.IL: il.Learn(obs, actions, rewards, obs, default, terminal: true); break;
                case MansaExperiment.Method.CL: cl.Learn(obs, actions, rewards, obs, default, terminal: true); break;
                default: mansa.Learn(choice, state, obs, actions, rewards, state, obs, default, terminal: true); break;
            }
        }

        double ratio = 0;
        int evalCentral = 0;
        for (int s = 0; s < game.Contexts; s++)
        {
            obs[0] = obs[1] = state[0] = s;
            mansa.BeginEpisode();
            MansaChoice choice = Act(method, il, cl, mansa, state, obs, default, 0, ref rng, actions);
            evalCentral += choice == MansaChoice.Central ? 1 : 0;
            ratio += game.Reward(s, actions[0], actions[1]) / game.Optimum(s);
        }

        return new(ratio / game.Contexts, (double)central / steps, (double)evalCentral / game.Contexts);
    }

    internal static MansaChoice Act(MansaExperiment.Method method, IMultiAgentLearner il, IMultiAgentLearner cl, MansaLearner mansa, ReadOnlySpan<float> state, ReadOnlySpan<float> obs, ReadOnlySpan<bool> masks, double epsilon, ref AgoraRandom rng, Span<int> actions)
    {
        switch (method)
        {
            case MansaExperiment.Method.IL:
                il.Act(obs, masks, epsilon, ref rng, actions);
                return MansaChoice.Independent;
            case MansaExperiment.Method.CL:
                cl.Act(obs, masks, epsilon, ref rng, actions);
                return MansaChoice.Central;
            default:
                return mansa.Act(state, obs, masks, epsilon, ref rng, actions);
        }
    }
}
