using Agora.Core.Environments.ClassicControl;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.ClassicControl;

public sealed class MountainCarEnvTests
{
    [Fact]
    public void OneStepFollowsGymnasiumsUpdate()
    {
        var env = new MountainCarEnv();
        env.SetState(-0.5, 0);
        Step(env, 2);
        double v = 0.001 + (Math.Cos(-1.5) * -0.0025);
        Assert.Equal(v, env.State.Velocity, 15);
        Assert.Equal(-0.5 + v, env.State.Position, 15);
    }

    [Fact]
    public void LeftWallStopsTheCar()
    {
        var env = new MountainCarEnv();
        env.SetState(-1.19, -0.05);
        Step(env, 0);
        Assert.Equal(-1.2, env.State.Position);
        Assert.Equal(0, env.State.Velocity);
    }

    [Fact]
    public void ReachingTheFlagTerminatesAndDoingNothingIsTruncatedAt200()
    {
        var env = new MountainCarEnv();
        env.SetState(0.49, 0.02);
        Assert.Equal((-1f, true, false), Step(env, 1));

        env.Reset(3);
        int steps = 0;
        (float, bool Terminated, bool Truncated) r = default;
        while (!r.Terminated && !r.Truncated)
        {
            r = Step(env, 1);
            steps++;
        }

        Assert.Equal(200, steps);
        Assert.True(r.Truncated);
    }

    [Fact]
    public void EnergyPumpingPolicyReachesTheFlag()
    {
        // Push in the direction of motion: the textbook policy that solves MountainCar well within 200 steps.
        var env = new MountainCarEnv();
        env.Reset(0);
        (float, bool Terminated, bool Truncated) r = default;
        while (!r.Terminated && !r.Truncated)
        {
            r = Step(env, env.State.Velocity >= 0 ? 2 : 0);
        }

        Assert.True(r.Terminated);
        Assert.True(env.State.Position >= 0.5);
    }

    [Fact]
    public void PassesEnvConformance() => EnvConformance.Check(() => new MountainCarEnv(), steps: 450);

    private static (float Reward, bool Terminated, bool Truncated) Step(MountainCarEnv env, int action)
    {
        var r = new float[1];
        var te = new bool[1];
        var tr = new bool[1];
        env.Step([action], r, te, tr);
        return (r[0], te[0], tr[0]);
    }
}
