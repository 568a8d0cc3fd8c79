using System.Text.Json;
using Agora.Core.Environments;
using Agora.Core.Environments.ClassicControl;

namespace Agora.Core.Tests.Environments.ClassicControl;

/// <summary>
/// Replays trajectories recorded from Gymnasium 1.3.0 (<c>tools/gymnasium-reference/record_classic_control.py</c>):
/// each case starts from the recorded float64 state and plays the recorded actions; every observation, reward, flag and
/// internal state must agree.
/// </summary>
/// <remarks>
/// <para>
/// Two replays. Step by step: before every step the env is put back on Gymnasium's recorded state (with the elapsed
/// step count), so each transition, every flag and the time limit are pinned on their own. Open loop: the env runs
/// freely from the start state. numpy's float64 sin/cos differ from .NET's in the last bit for many arguments (216 of
/// the 500 angles of the CartPole balancing case), and the balancing case is steered by recorded feedback actions on
/// an unstable pole, so open loop it drifts by ~1e-9 after 250 steps; that case is compared open loop over its first
/// <see cref="IllConditionedOpenLoopSteps"/> steps only. Every other case is compared open loop to the end.
/// </para>
/// <para>
/// Tolerance: 1e-6 relative (with a 1e-9 absolute floor near zero) on the float32 observations, the float64 states and
/// the rewards (Agora's rewards are float32, Gymnasium's float64). Flags: terminated must be equal; Gymnasium's
/// TimeLimit also sets truncated on a step that terminates at the limit, whereas Agora keeps the flags exclusive
/// ("truncated" always means "bootstrap"), so Agora's truncated is Gymnasium's truncated and not terminated.
/// </para>
/// </remarks>
public sealed class GymnasiumTrajectoryTests
{
    private static readonly Lazy<JsonElement[]> Cases = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Environments", "ClassicControl", "Data", "gymnasium-classic-control.json");
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    });

    private const int IllConditionedOpenLoopSteps = 150;

    public static TheoryData<string, string> CaseNames() =>
        new(Cases.Value.Select(c => (c.GetProperty("env").GetString()!, c.GetProperty("name").GetString()!)));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EveryStepFromGymnasiumsStateMatches(string envId, string name) => Replay(envId, name, resync: true);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void OpenLoopReplayMatches(string envId, string name) => Replay(envId, name, resync: false);

    private static void Replay(string envId, string name, bool resync)
    {
        JsonElement c = Cases.Value.Single(x => x.GetProperty("env").GetString() == envId && x.GetProperty("name").GetString() == name);
        double[] start = Doubles(c.GetProperty("start_state"));
        (IParallelEnv env, Func<double[]> state, Action<double[], int> setState) = Create(envId);
        setState(start, 0);
        var obs = new float[env.ObservationSize];
        var rewards = new float[1];
        var terminated = new bool[1];
        var truncated = new bool[1];
        env.WriteObservations(obs);
        AssertClose(Doubles(c.GetProperty("initial_observation")), obs.Select(v => (double)v).ToArray(), $"{name}: initial observation");

        JsonElement[] actions = [.. c.GetProperty("actions").EnumerateArray()];
        JsonElement[] observations = [.. c.GetProperty("observations").EnumerateArray()];
        JsonElement[] states = [.. c.GetProperty("states").EnumerateArray()];
        double[] expectedRewards = Doubles(c.GetProperty("rewards"));
        bool[] expectedTerminated = [.. c.GetProperty("terminated").EnumerateArray().Select(e => e.GetBoolean())];
        bool[] expectedTruncated = [.. c.GetProperty("truncated").EnumerateArray().Select(e => e.GetBoolean())];
        Assert.NotEmpty(actions);
        int steps = !resync && name == "balance-until-truncation" ? IllConditionedOpenLoopSteps : actions.Length;
        for (int t = 0; t < steps; t++)
        {
            string at = $"{name}, step {t + 1}";
            if (resync && t > 0)
            {
                setState(Doubles(states[t - 1]), t);
            }

            if (env.ContinuousActionSpace is null)
            {
                env.Step([actions[t].GetInt32()], rewards, terminated, truncated);
            }
            else
            {
                env.StepContinuous([(float)actions[t].GetDouble()], rewards, terminated, truncated);
            }

            env.WriteObservations(obs);
            AssertClose(Doubles(states[t]), state(), $"{at}: state");
            AssertClose(Doubles(observations[t]), obs.Select(v => (double)v).ToArray(), $"{at}: observation");
            AssertClose([expectedRewards[t]], [rewards[0]], $"{at}: reward");
            Assert.True(expectedTerminated[t] == terminated[0], $"{at}: terminated is {terminated[0]}, Gymnasium's {expectedTerminated[t]}");
            bool agoraTruncated = expectedTruncated[t] && !expectedTerminated[t];
            Assert.True(agoraTruncated == truncated[0], $"{at}: truncated is {truncated[0]}, expected {agoraTruncated}");
        }
    }

    [Fact]
    public void TheRecordingCoversTerminationTruncationAndBothAtTheLimitForEveryEnv()
    {
        foreach (string env in new[] { "CartPole-v1", "Acrobot-v1", "MountainCar-v0", "Pendulum-v1" })
        {
            JsonElement[] cases = [.. Cases.Value.Where(c => c.GetProperty("env").GetString() == env)];
            Assert.Contains(cases, c => Last(c, "truncated"));
            if (env != "Pendulum-v1")
            {
                Assert.Contains(cases, c => Last(c, "terminated"));
            }
        }

        Assert.Contains(Cases.Value, c => Last(c, "terminated") && Last(c, "truncated"));
    }

    private static bool Last(JsonElement c, string flag) => c.GetProperty(flag).EnumerateArray().Last().GetBoolean();

    private static (IParallelEnv Env, Func<double[]> State, Action<double[], int> SetState) Create(string envId)
    {
        switch (envId)
        {
            case "CartPole-v1":
                var cartPole = new CartPoleEnv();
                return (cartPole, () => [cartPole.State.X, cartPole.State.XDot, cartPole.State.Theta, cartPole.State.ThetaDot], (s, k) => cartPole.SetState(s[0], s[1], s[2], s[3], k));
            case "Acrobot-v1":
                var acrobot = new AcrobotEnv();
                return (acrobot, () => [acrobot.State.Theta1, acrobot.State.Theta2, acrobot.State.Dtheta1, acrobot.State.Dtheta2], (s, k) => acrobot.SetState(s[0], s[1], s[2], s[3], k));
            case "MountainCar-v0":
                var mountainCar = new MountainCarEnv();
                return (mountainCar, () => [mountainCar.State.Position, mountainCar.State.Velocity], (s, k) => mountainCar.SetState(s[0], s[1], k));
            case "Pendulum-v1":
                var pendulum = new PendulumEnv();
                return (pendulum, () => [pendulum.State.Theta, pendulum.State.ThetaDot], (s, k) => pendulum.SetState(s[0], s[1], k));
            default:
                throw new ArgumentException($"No Agora env for {envId}.", nameof(envId));
        }
    }

    private static double[] Doubles(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetDouble())];

    private static void AssertClose(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            double tolerance = 1e-6 * Math.Max(Math.Abs(expected[i]), 1e-3);
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"{what}[{i}]: Agora {actual[i]:R}, Gymnasium {expected[i]:R}");
        }
    }
}
