using Agora.Core.Environments.GridWorld;

namespace Agora.Core.Tests.Environments.GridWorld;

/// <summary>A hand-drawn level: a walled room of a given size whose cells and agents a test sets directly.</summary>
internal sealed class HandBuilt : GridTask
{
    private readonly Action<GridLayoutBuilder> _draw;

    public HandBuilt(int width, int height, Action<GridLayoutBuilder> draw, int maxSteps = 100)
    {
        Width = width;
        Height = height;
        MaxSteps = maxSteps;
        _draw = draw;
    }

    public override string Id => "HandBuilt";

    public override int Width { get; }

    public override int Height { get; }

    public override int MaxSteps { get; }

    public static Stepper Start(int width, int height, Action<GridLayoutBuilder> draw, int agents = 1, int maxSteps = 100)
    {
        var env = new GridWorldEnv(new HandBuilt(width, height, draw, maxSteps), new GridWorldOptions { NumAgents = agents });
        env.Reset(0);
        return new Stepper(env);
    }

    protected override void Generate(GridLayoutBuilder builder)
    {
        builder.Grid.WallRect(0, 0, Width, Height);
        _draw(builder);
    }
}

/// <summary>Steps a gridworld and keeps the last rewards and flags.</summary>
internal sealed class Stepper(GridWorldEnv env)
{
    public GridWorldEnv Env { get; } = env;

    public float[] Rewards { get; } = new float[env.NumAgents];

    public bool[] Terminated { get; } = new bool[env.NumAgents];

    public bool[] Truncated { get; } = new bool[env.NumAgents];

    public Stepper Do(params GridAction[] actions)
    {
        foreach (GridAction a in actions)
        {
            Joint(Enumerable.Repeat(a, Env.NumAgents).ToArray());
        }

        return this;
    }

    public Stepper Joint(params GridAction[] perAgent)
    {
        Env.Step(perAgent.Select(a => (int)a).ToArray(), Rewards, Terminated, Truncated);
        return this;
    }

    public float[] Observation(int agent = 0)
    {
        var all = new float[Env.NumAgents * Env.ObservationSize];
        Env.WriteObservations(all);
        return all.AsSpan(agent * Env.ObservationSize, Env.ObservationSize).ToArray();
    }

    /// <summary>The (object, colour, state) triple at view cell (vx, vy) of a 7×7 view.</summary>
    public (int Type, int Color, int State) ViewCell(int vx, int vy, int agent = 0)
    {
        float[] o = Observation(agent);
        int i = ((vx * 7) + vy) * 3;
        return ((int)o[i], (int)o[i + 1], (int)o[i + 2]);
    }
}
