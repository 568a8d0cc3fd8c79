namespace Agora.Neural.Rl;

/// <summary>
/// The per-sample pieces of PPO's loss that the discrete, continuous and multi-agent learners share: learning-rate
/// annealing, minibatch advantage normalisation, the clipped policy surrogate, the categorical entropy bonus and the
/// clipped value loss. Each learner keeps its own update loop (so one file still shows the whole algorithm); only the
/// arithmetic that must agree between them lives here.
/// </summary>
/// <remarks>
/// Schulman et al. (2017), "Proximal Policy Optimization Algorithms", eq. 7 and 9, with CleanRL's
/// <c>ppo.py</c> conventions: advantages normalised per minibatch with the unbiased standard deviation plus 1e-8,
/// the value loss <c>0.5·max((v − R)², (V_old + clip(v − V_old, ±ε) − R)²)</c>, and every gradient divided by the
/// minibatch size because the loss is a minibatch mean. The gradients are written by hand instead of taped, which keeps
/// the update allocation-free.
/// </remarks>
internal static class PpoObjective
{
    /// <summary>CleanRL's linear annealing: the rate falls from <paramref name="initial"/> to 0 over the planned iterations.</summary>
    public static float AnnealedLearningRate(float initial, int iteration, long totalTimesteps, long batchSize)
    {
        long numIterations = Math.Max(1, totalTimesteps / batchSize);
        double frac = 1.0 - ((iteration - 1.0) / numIterations);
        return (float)Math.Max(0, frac * initial);
    }

    /// <summary>Mean and unbiased standard deviation of the advantages at <paramref name="indices"/> (torch's <c>std()</c>).</summary>
    public static (double Mean, double Std) AdvantageMoments(ReadOnlySpan<float> advantages, ReadOnlySpan<int> indices)
    {
        double mean = 0, var = 0;
        for (int r = 0; r < indices.Length; r++)
        {
            mean += advantages[indices[r]];
        }

        mean /= indices.Length;
        for (int r = 0; r < indices.Length; r++)
        {
            var += (advantages[indices[r]] - mean) * (advantages[indices[r]] - mean);
        }

        return (mean, Math.Sqrt(var / Math.Max(1, indices.Length - 1)));
    }

    /// <summary>The advantage used in the surrogate: normalised by the minibatch moments when <paramref name="normalize"/> is set.</summary>
    public static double Advantage(float advantage, (double Mean, double Std) moments, bool normalize) =>
        normalize ? (advantage - moments.Mean) / (moments.Std + 1e-8) : advantage;

    /// <summary>
    /// Adds the clipped surrogate <c>max(−A·r, −A·clip(r, 1 ± ε))</c>, the approximate KL and the clip indicator for one
    /// sample to <paramref name="sums"/>, and returns ∂loss/∂log π(a|s) for that sample (already divided by the minibatch).
    /// </summary>
    /// <remarks>The gradient flows through r = exp(log π − log π_old) (∂r/∂log π = r) unless the clipped term is the larger
    /// and r lies outside the clip range.</remarks>
    public static double PolicyGradient(double newLogProb, float oldLogProb, double advantage, float clipCoef, int minibatch, ref PpoLossSums sums)
    {
        double logRatio = newLogProb - oldLogProb;
        double ratio = Math.Exp(logRatio);
        sums.ApproxKl += ratio - 1 - logRatio;
        sums.ClipFraction += Math.Abs(ratio - 1) > clipCoef ? 1 : 0;
        double clipped = Math.Clamp(ratio, 1 - clipCoef, 1 + clipCoef);
        double unclippedLoss = -advantage * ratio;
        double clippedLoss = -advantage * clipped;
        sums.Policy += Math.Max(unclippedLoss, clippedLoss);
        return unclippedLoss >= clippedLoss || clipped == ratio ? -advantage * ratio / minibatch : 0;
    }

    /// <summary>
    /// Writes the logit gradient of one categorical sample, <c>(1[k = a] − p_k)·∂loss/∂log π + entCoef·p_k (log p_k + H)</c>
    /// divided by the minibatch, into <paramref name="logitGradient"/>, and returns the entropy H = −Σ p log p.
    /// </summary>
    /// <remarks>Since the loss subtracts entCoef·H and ∂H/∂z_k = −p_k (log p_k + H). Zero-probability (masked) actions get
    /// only the −p_k term, which is 0, so illegal logits receive no gradient.</remarks>
    public static double CategoricalGradient(ReadOnlySpan<float> probs, int action, double dLogProb, float entCoef, int minibatch, Span<float> logitGradient)
    {
        double entropy = 0;
        for (int k = 0; k < probs.Length; k++)
        {
            entropy -= probs[k] > 0 ? probs[k] * Math.Log(probs[k]) : 0;
        }

        for (int k = 0; k < probs.Length; k++)
        {
            double p = probs[k];
            double logP = p > 0 ? Math.Log(p) : 0;
            double dlogp = ((k == action ? 1 : 0) - p) * dLogProb;
            double dEnt = entCoef * p * (logP + entropy) / minibatch;
            logitGradient[k] = (float)(dlogp + dEnt);
        }

        return entropy;
    }

    /// <summary>
    /// Adds one sample's value loss to <paramref name="sums"/> and returns ∂loss/∂v, scaled by <paramref name="vfCoef"/> and
    /// divided by the minibatch: clipped around the rollout's value <paramref name="oldValue"/> when <paramref name="clipValueLoss"/> is set.
    /// </summary>
    public static float ValueGradient(double value, double target, double oldValue, bool clipValueLoss, float clipCoef, float vfCoef, int minibatch, ref PpoLossSums sums)
    {
        double unclipped = (value - target) * (value - target);
        double grad;
        if (clipValueLoss)
        {
            double vClipped = oldValue + Math.Clamp(value - oldValue, -clipCoef, clipCoef);
            double clipped = (vClipped - target) * (vClipped - target);
            sums.Value += 0.5 * Math.Max(unclipped, clipped);
            grad = unclipped >= clipped ? value - target : (Math.Abs(value - oldValue) < clipCoef ? vClipped - target : 0);
        }
        else
        {
            sums.Value += 0.5 * unclipped;
            grad = value - target;
        }

        return (float)(vfCoef * grad / minibatch);
    }
}

/// <summary>Running sums of the PPO loss terms over an update, turned into per-sample means by <see cref="Mean"/>.</summary>
internal struct PpoLossSums
{
    /// <summary>Sum of the clipped surrogate losses.</summary>
    public double Policy;

    /// <summary>Sum of the (clipped) value losses.</summary>
    public double Value;

    /// <summary>Sum of the policy entropies.</summary>
    public double Entropy;

    /// <summary>Sum of the <c>r − 1 − log r</c> KL estimates.</summary>
    public double ApproxKl;

    /// <summary>How many samples had |r − 1| above the clip coefficient.</summary>
    public double ClipFraction;

    /// <summary>The means over <paramref name="count"/> samples.</summary>
    public readonly PpoLosses Mean(int count) => new(Policy / count, Value / count, Entropy / count, ApproxKl / count, ClipFraction / count);
}
