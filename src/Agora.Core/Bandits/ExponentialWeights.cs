namespace Agora.Core.Bandits;

/// <summary>Softmax of log-weights into probabilities, shifted by the maximum so nothing overflows.</summary>
internal static class ExponentialWeights
{
    public static void Normalise(double[] logWeights, double[] probabilities)
    {
        double max = double.NegativeInfinity;
        foreach (double w in logWeights)
        {
            max = Math.Max(max, w);
        }

        double total = 0;
        for (int i = 0; i < logWeights.Length; i++)
        {
            probabilities[i] = Math.Exp(logWeights[i] - max);
            total += probabilities[i];
        }

        for (int i = 0; i < probabilities.Length; i++)
        {
            probabilities[i] /= total;
        }
    }
}
