using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.ClassicControl;

public sealed class PendulumEnvTests
{
    [Fact]
    public void FirstStepFromRestUpsideDownMatchesTheClosedForm()
    {
        // θ = π/2 (horizontal), θ̇ = 0, u = 1: θ̇' = (15·1 + 3·1)·0.05 = 0.9, θ' = π/2 + 0.045; cost (π/2)² + 0.001.
        var env = new PendulumEnv();
        env.SetState(Math.PI / 2, 0);
        (float reward, bool terminated, bool truncated) = Step(env, 1f);
        Assert.Equal(0.9, env.State.ThetaDot, 14);
        Assert.Equal((Math.PI / 2) + 0.045, env.State.Theta, 14);
        Assert.Equal((float)-((Math.PI * Math.PI / 4) + 0.001), reward);
        Assert.False(terminated);
        Assert.False(truncated);
    }

    [Fact]
    public void TorqueIsClippedToTwo()
    {
        var a = new PendulumEnv();
        var b = new PendulumEnv();
        a.SetState(1, 0.5);
        b.SetState(1, 0.5);
        Assert.Equal(Step(a, 2f), Step(b, 7.5f));
        Assert.Equal(a.State, b.State);
    }

    [Fact]
    public void NeverTerminatesAndIsTruncatedAt200()
    {
        var env = new PendulumEnv();
        env.Reset(3);
        for (int t = 1; t <= 200; t++)
        {
            (_, bool terminated, bool truncated) = Step(env, t % 3 - 1);
            Assert.False(terminated);
            Assert.Equal(t == 200, truncated);
        }

        Assert.Throws<InvalidOperationException>(() => Step(env, 0f));
    }

    [Fact]
    public void DiscreteStepIsRefusedAndNaNTorqueRejected()
    {
        var env = new PendulumEnv();
        env.Reset(0);
        Assert.Throws<NotSupportedException>(() => env.Step([0], new float[1], new bool[1], new bool[1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Step(env, float.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => env.SetState(0, 0, elapsedSteps: 200));
        Assert.Throws<NotSupportedException>(() => ((IParallelEnv)new CartPoleEnv()).StepContinuous([0f], new float[1], new bool[1], new bool[1]));
    }

    [Fact]
    public void ResetDrawsTheAngleInPlusMinusPiAndTheSpeedInPlusMinusOne()
    {
        var env = new PendulumEnv();
        double minTheta = 0, maxTheta = 0;
        for (ulong seed = 0; seed < 200; seed++)
        {
            env.Reset(seed);
            Assert.InRange(env.State.Theta, -Math.PI, Math.PI);
            Assert.InRange(env.State.ThetaDot, -1, 1);
            minTheta = Math.Min(minTheta, env.State.Theta);
            maxTheta = Math.Max(maxTheta, env.State.Theta);
        }

        Assert.True(minTheta < -2.5 && maxTheta > 2.5, $"reset angles span [{minTheta}, {maxTheta}]");
    }

    [Fact]
    public void DeclaresABoxActionSpaceAndPassesEnvConformance()
    {
        var env = new PendulumEnv();
        Assert.NotNull(env.ContinuousActionSpace);
        Assert.Equal([-2f], env.ContinuousActionSpace!.Low.ToArray());
        Assert.Equal([2f], env.ContinuousActionSpace.High.ToArray());
        Assert.Equal(1, env.NumActions);
        EnvConformance.Check(() => new PendulumEnv(), steps: 450);
    }

    [Fact]
    public void VectorEnvStepsContinuousCopiesAndAutoresetsAfterTheLimit()
    {
        var vector = new VectorEnv(() => new PendulumEnv(maxEpisodeSteps: 5), 3, AutoresetMode.SameStep);
        Assert.Equal(1, vector.ActionLength);
        vector.Reset(11);
        Assert.Throws<NotSupportedException>(() => vector.Step([0, 0, 0]));
        Assert.Throws<ArgumentException>(() => vector.StepContinuous([0f, 0f]));
        for (int t = 1; t <= 5; t++)
        {
            vector.StepContinuous([-2f, 0f, 2f]);
            Assert.All(vector.Rewards.ToArray(), r => Assert.True(r <= 0));
        }

        Assert.Equal([true, true, true], vector.Truncated.ToArray());
        Assert.Equal([true, true, true], vector.HasFinalObservation.ToArray());
        Assert.Throws<NotSupportedException>(() => new VectorEnv(() => new CartPoleEnv(), 2).StepContinuous([0f, 0f]));
    }

    [Fact]
    public void TimeLimitWrapperTruncatesContinuousSteps()
    {
        var env = new TimeLimit(new PendulumEnv(), 3);
        Assert.NotNull(env.ContinuousActionSpace);
        env.Reset(0);
        var truncated = new bool[1];
        for (int t = 1; t <= 3; t++)
        {
            env.StepContinuous([0.5f], new float[1], new bool[1], truncated);
        }

        Assert.True(truncated[0]);
        Assert.Throws<InvalidOperationException>(() => env.StepContinuous([0.5f], new float[1], new bool[1], truncated));
    }

    private static (float Reward, bool Terminated, bool Truncated) Step(PendulumEnv env, float torque)
    {
        var r = new float[1];
        var te = new bool[1];
        var tr = new bool[1];
        env.StepContinuous([torque], r, te, tr);
        return (r[0], te[0], tr[0]);
    }
}
