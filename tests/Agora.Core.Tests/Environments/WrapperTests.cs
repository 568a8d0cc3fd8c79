using Agora.Core.Environments;
using Agora.Core.Games;

namespace Agora.Core.Tests.Environments;

public sealed class WrapperTests
{
    private readonly float[] _rewards = new float[2];
    private readonly bool[] _terminated = new bool[2];
    private readonly bool[] _truncated = new bool[2];

    [Fact]
    public void Time_limit_truncates_a_running_episode()
    {
        var env = new TimeLimit(new GameEnv(MatrixGame.PrisonersDilemma(rounds: 3)), maxSteps: 2);
        env.Reset(0);
        env.Step([0, 0], _rewards, _terminated, _truncated);
        Assert.False(_truncated[0]);
        env.Step([0, 0], _rewards, _terminated, _truncated);
        Assert.Equal(new[] { true, true }, _truncated);
        Assert.Equal(new[] { false, false }, _terminated);
        Assert.Throws<InvalidOperationException>(() => env.Step([0, 0], _rewards, _terminated, _truncated));
        env.Reset(1);
        env.Step([0, 0], _rewards, _terminated, _truncated);
        Assert.False(_truncated[0]);
    }

    [Fact]
    public void Time_limit_reached_on_the_terminal_step_is_a_termination()
    {
        var env = new TimeLimit(new GameEnv(MatrixGame.PrisonersDilemma(rounds: 2)), maxSteps: 2);
        env.Reset(0);
        env.Step([0, 0], _rewards, _terminated, _truncated);
        env.Step([0, 0], _rewards, _terminated, _truncated);
        Assert.Equal(new[] { true, true }, _terminated);
        Assert.Equal(new[] { false, false }, _truncated);
    }

    [Fact]
    public void Episode_statistics_record_returns_length_and_speed()
    {
        var clock = new FakeTimeProvider();
        var env = new EpisodeStatistics(new GameEnv(MatrixGame.PrisonersDilemma(rounds: 3)), clock);
        env.Reset(0);
        env.Step([0, 1], _rewards, _terminated, _truncated);
        env.Step([1, 1], _rewards, _terminated, _truncated);
        Assert.Equal(0, env.CompletedEpisodes);
        Assert.Equal(new[] { 1.0, 6.0 }, env.CurrentReturns.ToArray());
        clock.Ticks += 1500;
        env.Step([0, 0], _rewards, _terminated, _truncated);
        Assert.Equal(1, env.CompletedEpisodes);
        Assert.Equal(new[] { 4.0, 9.0 }, env.LastReturns.ToArray());
        Assert.Equal(3, env.LastLength);
        Assert.Equal(TimeSpan.FromSeconds(1.5), env.LastDuration);
        Assert.Equal(2.0, env.LastStepsPerSecond, 9);
    }

    [Fact]
    public void Normalize_observation_converges_to_zero_mean_and_unit_variance()
    {
        var env = new NormalizeObservation(new StreamEnv([5.0, -2.0], [3.0, 0.5]));
        env.Reset(17);
        var observation = new float[2];
        var sum = new double[2];
        var sumSquares = new double[2];
        const int Warmup = 5_000;
        const int Measured = 50_000;
        for (int step = 0; step < Warmup + Measured; step++)
        {
            env.Step([0], _rewards, _terminated, _truncated);
            env.WriteObservations(observation);
            if (step >= Warmup)
            {
                for (int f = 0; f < 2; f++)
                {
                    sum[f] += observation[f];
                    sumSquares[f] += observation[f] * observation[f];
                }
            }
        }

        for (int f = 0; f < 2; f++)
        {
            double mean = sum[f] / Measured;
            double variance = (sumSquares[f] / Measured) - (mean * mean);
            Assert.InRange(mean, -0.03, 0.03);
            Assert.InRange(variance, 0.95, 1.05);
        }

        Assert.Equal(5.0, env.Statistics.Mean[0], 1);
        Assert.Equal(9.0, env.Statistics.Variance(0), 0);
    }

    [Fact]
    public void Normalize_reward_scales_the_discounted_return_to_unit_variance()
    {
        const double Gamma = 0.9;
        var env = new NormalizeReward(new StreamEnv([0.0], [1.0], rewardMean: 3.0, rewardDeviation: 4.0), Gamma);
        env.Reset(3);
        double scaledReturn = 0;
        double sum = 0;
        double sumSquares = 0;
        const int Warmup = 20_000;
        const int Measured = 200_000;
        for (int step = 0; step < Warmup + Measured; step++)
        {
            env.Step([0], _rewards, _terminated, _truncated);
            Assert.True(_rewards[0] != 0);
            scaledReturn = (Gamma * scaledReturn) + _rewards[0];
            if (step >= Warmup)
            {
                sum += scaledReturn;
                sumSquares += scaledReturn * scaledReturn;
            }
        }

        double mean = sum / Measured;
        double variance = (sumSquares / Measured) - (mean * mean);
        Assert.InRange(variance, 0.9, 1.1);

        // The discounted return of N(3, 4²) rewards has stationary variance 16 / (1 − γ²).
        Assert.InRange(env.Statistics.Variance(0), 16 / (1 - (Gamma * Gamma)) * 0.85, 16 / (1 - (Gamma * Gamma)) * 1.15);
    }
}
