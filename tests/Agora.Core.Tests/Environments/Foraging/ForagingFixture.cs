using Agora.Core.Environments.Foraging;

namespace Agora.Core.Tests.Environments.Foraging;

/// <summary>Builds environments in hand-made states, as the spec's §9 test vectors do.</summary>
internal static class ForagingFixture
{
    public static readonly ForagingOptions Common = new() { Rows = 8, Cols = 8, Players = 2, MaxNumFood = 3, Sight = 8 };

    public static ForagingEnv Make(ForagingOptions options, (int R, int C, int L)[] foods, (int R, int C, int L)[] players, int step = 0)
    {
        var env = new ForagingEnv(options with { Players = players.Length });
        env.Reset(0);
        double spawned = foods.Sum(f => f.L);
        env.LoadState(new ForagingState(
            options.Rows,
            options.Cols,
            step,
            spawned,
            foods.Select(f => new ForagingEntity(f.R, f.C, f.L)).ToArray(),
            players.Select(p => new ForagingEntity(p.R, p.C, p.L)).ToArray()));
        return env;
    }

    public static ForagingEnv Make((int R, int C, int L)[] foods, (int R, int C, int L)[] players) => Make(Common, foods, players);

    public static (float[] Rewards, bool[] Terminated, bool[] Truncated) Step(ForagingEnv env, params ForagingAction[] actions)
    {
        int n = env.NumAgents;
        var rewards = new float[n];
        var terminated = new bool[n];
        var truncated = new bool[n];
        env.Step(actions.Select(a => (int)a).ToArray(), rewards, terminated, truncated);
        return (rewards, terminated, truncated);
    }

    public static (int, int)[] Positions(ForagingEnv env) => Enumerable.Range(0, env.NumAgents).Select(p => env.PositionOf(p)).ToArray();

    public static float[] Observation(ForagingEnv env, int agent)
    {
        var all = new float[env.NumAgents * env.ObservationSize];
        env.WriteObservations(all);
        return all.AsSpan(agent * env.ObservationSize, env.ObservationSize).ToArray();
    }
}
