using Agora.Core.Environments;
using Agora.Core.Games;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Environments;

public sealed class VectorEnvTests
{
    // Two-round PD: the last observation entry is the fraction of rounds played (0, 0.5, 1).
    private const int RoundIndex = 4;

    private static VectorEnv TwoRoundPd(AutoresetMode mode) =>
        new(() => new GameEnv(MatrixGame.PrisonersDilemma(rounds: 2)), count: 2, mode);

    private static float RoundFraction(ReadOnlySpan<float> observations, int copy) => observations[(copy * 2 * 5) + RoundIndex];

    [Fact]
    public void Next_step_returns_the_final_observation_then_resets_on_the_following_step()
    {
        VectorEnv vec = TwoRoundPd(AutoresetMode.NextStep);
        vec.Reset(1);
        vec.Step([0, 0, 0, 0]);
        vec.Step([1, 1, 1, 1]);
        Assert.True(vec.EpisodeEnded[0]);
        Assert.True(vec.Terminated[0] && vec.Terminated[1]);
        Assert.Equal(1f, RoundFraction(vec.Observations, 0));
        Assert.Equal(1f, vec.Observations[3]);   // One-hot of (D, D) from the final step.
        Assert.Equal(1f, vec.Rewards[0]);

        vec.Step([0, 1, 0, 1]);                   // Actions ignored: this step is the reset.
        Assert.False(vec.EpisodeEnded[0]);
        Assert.Equal(0f, RoundFraction(vec.Observations, 0));
        Assert.Equal(0f, vec.Rewards[0]);
        Assert.False(vec.Terminated[0]);
        Assert.DoesNotContain(true, vec.HasFinalObservation.ToArray());
    }

    [Fact]
    public void Same_step_returns_the_reset_observation_and_keeps_the_final_one_aside()
    {
        VectorEnv vec = TwoRoundPd(AutoresetMode.SameStep);
        vec.Reset(1);
        vec.Step([0, 0, 0, 0]);
        Assert.DoesNotContain(true, vec.HasFinalObservation.ToArray());
        vec.Step([1, 1, 0, 1]);
        Assert.True(vec.Terminated[0] && vec.Terminated[3]);
        Assert.Equal(new float[] { 1, 1, 0, 5 }, vec.Rewards.ToArray());
        Assert.Equal(0f, RoundFraction(vec.Observations, 0));
        Assert.True(vec.HasFinalObservation[0] && vec.HasFinalObservation[1]);
        Assert.Equal(1f, RoundFraction(vec.FinalObservations, 0));
        Assert.Equal(1f, vec.FinalObservations[3]);        // Copy 0 ended on (D, D).
        Assert.Equal(1f, vec.FinalObservations[10 + 1]);   // Copy 1 ended on (C, D).

        vec.Step([0, 0, 0, 0]);                             // The new episode is already running.
        Assert.Equal(0.5f, RoundFraction(vec.Observations, 0));
        Assert.Equal(3f, vec.Rewards[0]);
    }

    [Fact]
    public void Disabled_keeps_the_final_observation_and_requires_a_manual_reset()
    {
        VectorEnv vec = TwoRoundPd(AutoresetMode.Disabled);
        vec.Reset(1);
        vec.Step([0, 0, 0, 0]);
        vec.Step([0, 0, 0, 0]);
        Assert.Equal(1f, RoundFraction(vec.Observations, 1));
        Assert.Throws<InvalidOperationException>(() => vec.Step([0, 0, 0, 0]));
        vec.ResetCopies([true, true]);
        Assert.Equal(0f, RoundFraction(vec.Observations, 0));
        vec.Step([0, 0, 0, 0]);
        Assert.Equal(0.5f, RoundFraction(vec.Observations, 1));
    }

    [Fact]
    public void Copy_i_is_seeded_with_the_derived_seed()
    {
        var vec = new VectorEnv(() => new GameEnv(new KuhnPoker()), count: 8);
        vec.Reset(123);
        for (int i = 0; i < vec.Count; i++)
        {
            var single = new GameEnv(new KuhnPoker());
            single.Reset(AgoraRandom.DeriveSeed(123, i));
            Assert.Equal(single.State.Serialize(), ((GameEnv)vec[i]).State.Serialize());
        }
    }

    [Fact]
    public void A_factory_returning_one_shared_instance_is_rejected()
    {
        var shared = new GameEnv(new KuhnPoker());
        Assert.Throws<ArgumentException>(() => new VectorEnv(() => shared, 2));
    }
}
