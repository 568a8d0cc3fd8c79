namespace Agora.Neural.Optim;

/// <summary>AdamW (Loshchilov and Hutter 2019), computed exactly as PyTorch's single-tensor <c>torch.optim.AdamW</c>.</summary>
/// <remarks>
/// Per step t: θ ← θ(1 − ηλ); m ← β₁m + (1 − β₁)g; v ← β₂v + (1 − β₂)g²;
/// θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε).
/// </remarks>
public sealed class AdamW : IOptimizer
{
    private readonly Tensor[] _parameters;
    private readonly float[][] _m;
    private readonly float[][] _v;
    private readonly AdamWOptions _options;
    private int _step;

    /// <summary>Creates the optimiser.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="options">The settings; PyTorch defaults when null.</param>
    public AdamW(IReadOnlyList<Tensor> parameters, AdamWOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = [.. parameters];
        _options = options ?? new AdamWOptions();
        LearningRate = _options.LearningRate;
        _m = new float[_parameters.Length][];
        _v = new float[_parameters.Length][];
        for (int i = 0; i < _parameters.Length; i++)
        {
            _m[i] = new float[_parameters[i].Length];
            _v[i] = new float[_parameters[i].Length];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Tensor> Parameters => _parameters;

    /// <inheritdoc />
    public float LearningRate { get; set; }

    /// <summary>The number of steps taken.</summary>
    public int StepCount => _step;

    /// <inheritdoc />
    public void Step()
    {
        _step++;
        float lr = LearningRate, b1 = _options.Beta1, b2 = _options.Beta2, eps = _options.Epsilon;
        float bc1 = 1f - MathF.Pow(b1, _step);
        float bc2Sqrt = MathF.Sqrt(1f - MathF.Pow(b2, _step));
        float stepSize = lr / bc1;
        float decay = 1f - (lr * _options.WeightDecay);
        for (int p = 0; p < _parameters.Length; p++)
        {
            Span<float> theta = _parameters[p].Span;
            ReadOnlySpan<float> g = _parameters[p].GradSpan;
            float[] m = _m[p];
            float[] v = _v[p];
            for (int i = 0; i < theta.Length; i++)
            {
                float gi = g[i];
                float th = theta[i] * decay;
                float mi = (m[i] * b1) + ((1f - b1) * gi);
                float vi = (v[i] * b2) + ((1f - b2) * gi * gi);
                m[i] = mi;
                v[i] = vi;
                theta[i] = th - (stepSize * (mi / ((MathF.Sqrt(vi) / bc2Sqrt) + eps)));
            }
        }
    }

    /// <inheritdoc />
    public void ZeroGrad()
    {
        foreach (var p in _parameters)
        {
            p.ZeroGrad();
        }
    }
}
