namespace Agora.Core.MultiAgent;

/// <summary>Linear action values: <c>Q(x, a) = w_a · [x, 1]</c>, trained by semi-gradient TD.</summary>
/// <remarks>Sutton &amp; Barto (2018), §9.3 and §10.1: <c>w_a ← w_a + α δ [x, 1]</c>, with the bias as a constant feature.</remarks>
public sealed class LinearQ : IQFunction
{
    private readonly double[] _weights;
    private readonly int _width;

    /// <summary>Creates zero weights.</summary>
    /// <param name="numFeatures">The input length.</param>
    /// <param name="numActions">The number of actions.</param>
    public LinearQ(int numFeatures, int numActions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numFeatures);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numActions);
        NumActions = numActions;
        _width = numFeatures + 1;
        _weights = new double[_width * numActions];
    }

    /// <inheritdoc />
    public int NumActions { get; }

    /// <inheritdoc />
    public void Values(ReadOnlySpan<float> features, Span<double> values)
    {
        for (int a = 0; a < NumActions; a++)
        {
            ReadOnlySpan<double> w = _weights.AsSpan(a * _width, _width);
            double sum = w[^1];
            for (int i = 0; i < features.Length; i++)
            {
                sum += w[i] * features[i];
            }

            values[a] = sum;
        }
    }

    /// <inheritdoc />
    public void Update(ReadOnlySpan<float> features, int action, double error, double alpha)
    {
        Span<double> w = _weights.AsSpan(action * _width, _width);
        double step = alpha * error;
        for (int i = 0; i < features.Length; i++)
        {
            w[i] += step * features[i];
        }

        w[^1] += step;
    }
}
