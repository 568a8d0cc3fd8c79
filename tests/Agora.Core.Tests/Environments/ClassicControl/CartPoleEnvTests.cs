using Agora.Core.Environments.ClassicControl;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.ClassicControl;

public sealed class CartPoleEnvTests
{
    [Fact]
    public void FirstPushFromRestMatchesTheClosedForm()
    {
        // θ = 0: temp = F/M = 100/11, θ̈ = −temp/(l(4/3 − m_p/M)) = −600/41, ẍ = temp − m_p l θ̈/M = 400/41.
        var env = new CartPoleEnv();
        env.SetState(0, 0, 0, 0);
        Step(env, 1);
        Assert.Equal(0, env.State.X);
        Assert.Equal(0.02 * 400 / 41, env.State.XDot, 14);
        Assert.Equal(0, env.State.Theta);
        Assert.Equal(-0.02 * 600 / 41, env.State.ThetaDot, 14);

        // Second step: positions advance with the previous velocities (explicit Euler).
        Step(env, 0);
        Assert.Equal(0.02 * 0.02 * 400 / 41, env.State.X, 14);
        Assert.Equal(-0.02 * 0.02 * 600 / 41, env.State.Theta, 14);
    }

    [Fact]
    public void PushingOneWayTerminatesOnTheAngleAndStillPays()
    {
        var env = new CartPoleEnv();
        env.SetState(0, 0, 0, 0);
        int steps = 0;
        (float reward, bool terminated, bool truncated) = (0, false, false);
        while (!terminated && !truncated)
        {
            (reward, terminated, truncated) = Step(env, 1);
            steps++;
            if (!terminated)
            {
                Assert.True(Math.Abs(env.State.Theta) <= 12 * 2 * Math.PI / 360);
            }
        }

        Assert.True(terminated);
        Assert.False(truncated);
        Assert.Equal(1f, reward);
        Assert.True(env.State.Theta < -12 * 2 * Math.PI / 360);
        Assert.InRange(steps, 5, 30);
        Assert.Throws<InvalidOperationException>(() => Step(env, 0));
    }

    [Fact]
    public void CartLeavingTheTrackTerminates()
    {
        var env = new CartPoleEnv();
        env.SetState(2.39, 1.0, 0, 0);
        (_, bool terminated, _) = Step(env, 1);
        Assert.True(terminated);
        Assert.True(env.State.X > 2.4);
    }

    [Fact]
    public void BalancedEpisodeIsTruncatedAt500()
    {
        var env = new CartPoleEnv();
        env.Reset(7);
        var obs = new float[4];
        int steps = 0;
        (float, bool Terminated, bool Truncated) result = default;
        while (!result.Terminated && !result.Truncated)
        {
            env.WriteObservations(obs);
            result = Step(env, obs[2] + (0.5f * obs[3]) + (0.01f * obs[0]) + (0.1f * obs[1]) > 0 ? 1 : 0);
            steps++;
        }

        Assert.Equal(500, steps);
        Assert.True(result.Truncated);
        Assert.False(result.Terminated);
    }

    [Fact]
    public void ResetDrawsEachVariableWithinFiveHundredths()
    {
        var env = new CartPoleEnv();
        for (ulong seed = 0; seed < 50; seed++)
        {
            env.Reset(seed);
            var s = env.State;
            Assert.All([s.X, s.XDot, s.Theta, s.ThetaDot], v => Assert.InRange(v, -0.05, 0.05));
        }
    }

    [Fact]
    public void PassesEnvConformance() => EnvConformance.Check(() => new CartPoleEnv(), steps: 600);

    [Fact]
    public void RejectsActionsOutsideZeroOne()
    {
        var env = new CartPoleEnv();
        env.Reset(0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Step(env, 2));
    }

    private static (float Reward, bool Terminated, bool Truncated) Step(CartPoleEnv env, int action)
    {
        var r = new float[1];
        var te = new bool[1];
        var tr = new bool[1];
        env.Step([action], r, te, tr);
        return (r[0], te[0], tr[0]);
    }
}
