using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>Layer normalisation over the last axis with learned γ (init 1) and, optionally, β (init 0); ε = 1e-5.</summary>
public sealed class LayerNorm : Module
{
    private readonly LayerNormOp _op = new();

    /// <summary>Creates the layer.</summary>
    /// <param name="name">The parameter name prefix.</param>
    /// <param name="width">The normalised width.</param>
    /// <param name="bias">Whether the layer has β.</param>
    public LayerNorm(string name, int width, bool bias)
    {
        Gamma = Register(new Tensor(new TensorShape(width), requiresGrad: true, name: name + ".weight"));
        Gamma.Span.Fill(1f);
        if (bias)
        {
            Beta = Register(new Tensor(new TensorShape(width), requiresGrad: true, name: name + ".bias"));
        }
    }

    /// <summary>The scale γ.</summary>
    public Tensor Gamma { get; }

    /// <summary>The shift β, or null.</summary>
    public Tensor? Beta { get; }

    /// <summary>Normalises.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., width].</param>
    /// <returns>The output.</returns>
    public Tensor Forward(Tape? tape, Tensor x) => _op.Forward(tape, x, Gamma, Beta);
}
