using Agora.Core.Environments.ClassicControl;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.ClassicControl;

public sealed class AcrobotEnvTests
{
    [Fact]
    public void HangingAtRestWithoutTorqueStaysAtRest()
    {
        var env = new AcrobotEnv();
        env.SetState(0, 0, 0, 0);
        Assert.Equal((-1f, false, false), Step(env, 1));
        Assert.Equal(0, env.State.Theta1, 12);
        Assert.Equal(0, env.State.Theta2, 12);
        Assert.Equal(0, env.State.Dtheta1, 12);
        Assert.Equal(0, env.State.Dtheta2, 12);
    }

    [Fact]
    public void PositiveTorqueFromRestTurnsTheSecondJointPositively()
    {
        // At θ = 0 the book's equations give θ̈₂ = a / (m₂lc₂² + I₂ − d₂²/d₁) with d₁ = 3.75 and d₂ = 1.75, and
        // θ̈₁ = −d₂θ̈₂/d₁; RK4 over 0.2 s keeps the signs.
        var env = new AcrobotEnv();
        env.SetState(0, 0, 0, 0);
        Step(env, 2);
        double ddtheta2 = 1 / (0.25 + 1 - (1.75 * 1.75 / 3.75));
        Assert.True(env.State.Dtheta2 > 0);
        Assert.True(env.State.Dtheta1 < 0);
        Assert.InRange(env.State.Dtheta2, 0.1 * ddtheta2 * 0.2, 2 * ddtheta2 * 0.2);
    }

    [Fact]
    public void TipAboveTheLineTerminatesWithZeroReward()
    {
        var env = new AcrobotEnv();
        env.SetState(Math.PI, 0, 0, 0);
        Assert.Equal((0f, true, false), Step(env, 1));
        Assert.Throws<InvalidOperationException>(() => Step(env, 1));
    }

    [Fact]
    public void AnglesStayWrappedAndZeroTorqueIsTruncatedAt500()
    {
        var env = new AcrobotEnv();
        env.Reset(1);
        int steps = 0;
        (float, bool Terminated, bool Truncated) r = default;
        while (!r.Terminated && !r.Truncated)
        {
            r = Step(env, 1);
            steps++;
            Assert.InRange(env.State.Theta1, -Math.PI, Math.PI);
            Assert.InRange(env.State.Theta2, -Math.PI, Math.PI);
        }

        Assert.Equal(500, steps);
        Assert.True(r.Truncated);
    }

    [Fact]
    public void PassesEnvConformance() => EnvConformance.Check(() => new AcrobotEnv(), steps: 600);

    private static (float Reward, bool Terminated, bool Truncated) Step(AcrobotEnv env, int action)
    {
        var r = new float[1];
        var te = new bool[1];
        var tr = new bool[1];
        env.Step([action], r, te, tr);
        return (r[0], te[0], tr[0]);
    }
}
