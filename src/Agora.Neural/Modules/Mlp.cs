using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>A multilayer perceptron: Linear, activation, …, Linear (no activation after the last layer).</summary>
public sealed class Mlp : Module
{
    private readonly Linear[] _layers;
    private readonly ActivationOp[] _activations;

    /// <summary>Creates the network, e.g. sizes [32, 64, 64, 8].</summary>
    /// <param name="sizes">Layer widths, input first; at least two.</param>
    /// <param name="activation">The hidden nonlinearity.</param>
    /// <param name="bias">Whether the layers have biases.</param>
    /// <param name="rng">The generator; forked by parameter name.</param>
    /// <param name="name">The parameter name prefix.</param>
    public Mlp(IReadOnlyList<int> sizes, Activation activation, bool bias, AgoraRandom rng, string name = "mlp")
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count < 2)
        {
            throw new ArgumentException("An MLP needs at least an input and an output width.", nameof(sizes));
        }

        HiddenActivation = activation;
        _layers = new Linear[sizes.Count - 1];
        _activations = new ActivationOp[sizes.Count - 2];
        for (int i = 0; i < _layers.Length; i++)
        {
            _layers[i] = Register(new Linear($"{name}.{i}", sizes[i], sizes[i + 1], bias, rng));
        }

        for (int i = 0; i < _activations.Length; i++)
        {
            _activations[i] = new ActivationOp(activation);
        }
    }

    /// <summary>The nonlinearity between layers (none follows the last layer).</summary>
    public Activation HiddenActivation { get; }

    /// <summary>The linear layers.</summary>
    public IReadOnlyList<Linear> Layers => _layers;

    /// <summary>Applies the network.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., sizes[0]].</param>
    /// <returns>Output [..., sizes[^1]].</returns>
    public Tensor Forward(Tape? tape, Tensor x)
    {
        Tensor h = x;
        for (int i = 0; i < _layers.Length; i++)
        {
            h = _layers[i].Forward(tape, h);
            if (i < _activations.Length)
            {
                h = _activations[i].Forward(tape, h);
            }
        }

        return h;
    }
}
