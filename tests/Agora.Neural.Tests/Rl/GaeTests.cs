using Agora.Neural.Rl;

namespace Agora.Neural.Tests.Rl;

public sealed class GaeTests
{
    [Theory]
    // γ = λ = 0.5, rewards (1, 2), values (0.5, 1), bootstrap value 2.
    // Not done: δ₁ = 2 + 0.5·2 − 1 = 2, A₁ = 2; δ₀ = 1 + 0.5·1 − 0.5 = 1, A₀ = 1 + 0.25·2 = 1.5.
    [InlineData(0f, 1.5f, 2f)]
    // Done after the last step: δ₁ = 2 − 1 = 1, A₁ = 1; A₀ = 1 + 0.25·1 = 1.25.
    [InlineData(1f, 1.25f, 1f)]
    public void Advantages_and_returns_match_the_hand_computed_recursion(float nextDone, float a0, float a1)
    {
        float[] advantages = new float[2];
        float[] returns = new float[2];
        Gae.Compute([1f, 2f], [0.5f, 1f], [0f, 0f], [nextDone], [2f], steps: 2, gamma: 0.5f, lambda: 0.5f, advantages, returns);
        Assert.Equal([a0, a1], advantages);
        Assert.Equal([a0 + 0.5f, a1 + 1f], returns);
    }

    [Fact]
    public void A_done_flag_inside_the_rollout_cuts_the_bootstrap_for_that_copy_only()
    {
        // Two copies (rows), two steps; copy 1's episode ends after step 0 (dones[1·2 + 1] = 1).
        float[] advantages = new float[4];
        float[] returns = new float[4];
        Gae.Compute([1f, 1f, 0f, 0f], [0f, 0f, 1f, 1f], [0f, 0f, 0f, 1f], [0f, 0f], [0f, 0f], steps: 2, gamma: 1f, lambda: 1f, advantages, returns);
        // Copy 0: A₁ = 0 + 0 − 1 = −1, A₀ = 1 + 1 − 0 + (−1) = 1. Copy 1: A₁ = −1, A₀ = 1 + 0 − 0 = 1 (no carry-over).
        Assert.Equal([1f, 1f, -1f, -1f], advantages);
    }
}
