using Agora.Core.Environments.ThreeBody;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments.ThreeBody;

public sealed class ThreeBodyEnvTests
{
    public static TheoryData<uint, double> ReferenceRuns()
    {
        var data = new TheoryData<uint, double>();
        foreach (var run in ThreeBodyReference.Runs())
        {
            data.Add(run.Seed, run.Mu);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceRuns))]
    public void FixedMuRunsAgreeWithTheReferenceIntegrator(uint seed, double mu)
    {
        var expected = ThreeBodyReference.Runs().Single(r => r.Seed == seed && r.Mu == mu);
        int action = Enumerable.Range(0, ThreeBodyEnv.ActionCount).Single(a => Math.Abs(ThreeBodyEnv.Mu(a) - mu) < 1e-3 * mu);
        (ThreeBodyEnv env, _) = RunFixed(seed, action);

        Assert.Equal(expected.StepsDone, env.StepsDone);
        Assert.InRange(env.Integrator.ForceEvaluations, expected.ForceEvaluations * 0.99, expected.ForceEvaluations * 1.01);
        double error = Math.Abs(env.EnergyError);
        if (expected.FinalError >= 1e-10)
        {
            Assert.InRange(error, expected.FinalError * 0.95, expected.FinalError * 1.05);
        }
        else
        {
            Assert.True(error < 1e-10, $"|dE| = {error:e3}, reference {expected.FinalError:e3}");
        }
    }

    [Fact]
    public void Seed3WithTheLargestMuTerminatesAtStep58()
    {
        (ThreeBodyEnv env, List<(bool Terminated, bool Truncated)> flags) = RunFixed(3, 9);
        Assert.Equal(58, env.StepsDone);
        Assert.Equal((true, false), flags[^1]);
        Assert.All(flags.Take(57), f => Assert.Equal((false, false), f));
        Assert.True(Math.Abs(env.EnergyError) > 0.1);
        Assert.Equal(580, env.Integrator.ForceEvaluations);
    }

    [Fact]
    public void FullEpisodeIsTruncatedAfter100Steps()
    {
        (ThreeBodyEnv env, List<(bool Terminated, bool Truncated)> flags) = RunFixed(2, 9);
        Assert.Equal(100, flags.Count);
        Assert.Equal((false, true), flags[^1]);
        Assert.Throws<InvalidOperationException>(() => env.Step([0], new float[1], new bool[1], new bool[1]));
    }

    [Fact]
    public void MuValuesAreLogSpacedFrom1e4To1e1()
    {
        Assert.Equal(1e-4, ThreeBodyEnv.Mu(0), 15);
        Assert.Equal(1e-3, ThreeBodyEnv.Mu(3), 15);
        Assert.Equal(0.1, ThreeBodyEnv.Mu(9), 15);
        Assert.Equal(2.154434690031884e-4, ThreeBodyEnv.Mu(1), 1e-15);
        Assert.Throws<ArgumentOutOfRangeException>(() => ThreeBodyEnv.Mu(10));
    }

    [Fact]
    public void RewardFollowsFormulaFive()
    {
        var env = new ThreeBodyEnv();
        Assert.Equal(0, env.Reward(1e-6, 1e-2, 0));

        // |dE| = 1e-6: log10(1e4) = 4, |log10 1e-6|^3 = 216, step 2: -3500*4/216/2 + 4/2.
        Assert.Equal((-3500.0 * 4 / 216 / 2) + 2.0, env.Reward(1e-6, 1e-2, 2), 12);

        // An error below 1e-10 makes the first term positive.
        Assert.True(env.Reward(1e-12, 1e-1, 1) > 4);
    }

    [Fact]
    public void ObservationScalesPositionsAndEndsWithMinusLogError()
    {
        var env = new ThreeBodyEnv();
        env.Reset(0);
        var obs = new float[13];
        env.WriteObservations(obs);
        Assert.Equal(20f, obs[12]);

        // Centre of mass at the origin: body 0 sits at -(x1 + x2)/3 au, scaled by 1/10.
        var ic = ThreeBodyInitialConditions.FromSeed(0);
        Assert.Equal((float)(-(ic.X1 + ic.X2) / 3 / 10), obs[0], 5);
        Assert.Equal(0f, obs[0] + obs[2] + obs[4], 5);
        Assert.Equal(0f, obs[6] + obs[8] + obs[10], 5);

        env.Step([3], new float[1], new bool[1], new bool[1]);
        env.WriteObservations(obs);
        Assert.Equal((float)-Math.Log10(Math.Abs(env.EnergyError + 1e-20)), obs[12]);
        Assert.InRange(obs[12], 8f, 20f);
    }

    [Fact]
    public void PassesEnvConformance() => EnvConformance.Check(() => new ThreeBodyEnv(new ThreeBodyOptions { Steps = 5 }), steps: 30);

    private static (ThreeBodyEnv Env, List<(bool, bool)> Flags) RunFixed(uint seed, int action)
    {
        var env = new ThreeBodyEnv();
        env.Reset(seed);
        var flags = new List<(bool, bool)>();
        var rewards = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        while (!env.IsOver)
        {
            env.Step([action], rewards, terminated, truncated);
            flags.Add((terminated[0], truncated[0]));
        }

        return (env, flags);
    }
}
