using Agora.Core.Randomness;
using Agora.Neural.Autodiff;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>A fully connected layer y = x·Wᵀ + b (PyTorch's <c>nn.Linear</c>, weight [out, in]).</summary>
public sealed class Linear : Module
{
    private readonly LinearOp _op = new();

    /// <summary>Creates the layer with PyTorch-default initialisation (see <see cref="Init"/>).</summary>
    /// <param name="name">The parameter name prefix.</param>
    /// <param name="inFeatures">Input width.</param>
    /// <param name="outFeatures">Output width.</param>
    /// <param name="bias">Whether the layer has a bias.</param>
    /// <param name="rng">The generator; forked by name, not advanced.</param>
    public Linear(string name, int inFeatures, int outFeatures, bool bias, AgoraRandom rng)
    {
        Weight = Register(new Tensor(new TensorShape(outFeatures, inFeatures), requiresGrad: true, name: name + ".weight"));
        float bound = 1f / MathF.Sqrt(inFeatures);
        AgoraRandom w = rng.Fork(name + ".weight");
        Init.Uniform(Weight.Span, bound, ref w);
        if (bias)
        {
            Bias = Register(new Tensor(new TensorShape(outFeatures), requiresGrad: true, name: name + ".bias"));
            AgoraRandom b = rng.Fork(name + ".bias");
            Init.Uniform(Bias.Span, bound, ref b);
        }
    }

    /// <summary>The weight [out, in].</summary>
    public Tensor Weight { get; }

    /// <summary>The bias [out], or null.</summary>
    public Tensor? Bias { get; }

    /// <summary>Applies the layer.</summary>
    /// <param name="tape">The tape, or null for inference.</param>
    /// <param name="x">Input [..., in].</param>
    /// <returns>Output [..., out].</returns>
    public Tensor Forward(Tape? tape, Tensor x) => _op.Forward(tape, x, Weight, Bias);
}
