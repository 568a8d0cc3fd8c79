namespace Agora.Neural.Optim;

/// <summary>Stochastic gradient descent with momentum, computed as PyTorch's <c>torch.optim.SGD</c> (dampening 0, no Nesterov).</summary>
/// <remarks>d = g + λθ; b ← d on the first step, else b ← μb + d; θ ← θ − ηb (with μ = 0, θ ← θ − ηd).</remarks>
public sealed class Sgd : IOptimizer
{
    private readonly Tensor[] _parameters;
    private readonly float[][] _buffers;
    private readonly SgdOptions _options;
    private bool _started;

    /// <summary>Creates the optimiser.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="options">The settings.</param>
    public Sgd(IReadOnlyList<Tensor> parameters, SgdOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = [.. parameters];
        _options = options ?? new SgdOptions();
        LearningRate = _options.LearningRate;
        _buffers = new float[_parameters.Length][];
        for (int i = 0; i < _parameters.Length; i++)
        {
            _buffers[i] = new float[_parameters[i].Length];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Tensor> Parameters => _parameters;

    /// <inheritdoc />
    public float LearningRate { get; set; }

    /// <inheritdoc />
    public void Step()
    {
        float lr = LearningRate, mu = _options.Momentum, wd = _options.WeightDecay;
        for (int p = 0; p < _parameters.Length; p++)
        {
            Span<float> theta = _parameters[p].Span;
            ReadOnlySpan<float> g = _parameters[p].GradSpan;
            float[] buf = _buffers[p];
            for (int i = 0; i < theta.Length; i++)
            {
                float d = g[i] + (wd * theta[i]);
                if (mu != 0f)
                {
                    d = _started ? (mu * buf[i]) + d : d;
                    buf[i] = d;
                }

                theta[i] -= lr * d;
            }
        }

        _started = true;
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
