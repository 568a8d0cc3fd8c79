using System.Numerics.Tensors;
using Agora.Neural.Backends;
using Agora.Neural.Modules;

namespace Agora.Neural.Rl;

/// <summary>
/// Inference through a tanh <see cref="Mlp"/> into buffers allocated once, so a rollout loop allocates nothing
/// (<see cref="Mlp.Forward"/> makes new tensors on every call). Same arithmetic as the forward pass: x·Wᵀ + b, tanh
/// between layers, on the serial CPU backend.
/// </summary>
internal sealed class TanhMlpInference
{
    private readonly Mlp _mlp;
    private readonly float[][] _hidden;
    private readonly int _rows;

    /// <summary>Prepares buffers for <paramref name="rows"/> rows.</summary>
    /// <param name="mlp">The network; its hidden activations must be tanh.</param>
    /// <param name="rows">Rows per call.</param>
    public TanhMlpInference(Mlp mlp, int rows)
    {
        _mlp = mlp;
        _rows = rows;
        _hidden = new float[mlp.Layers.Count][];
        for (int i = 0; i < _hidden.Length; i++)
        {
            _hidden[i] = new float[rows * mlp.Layers[i].Weight.Shape[0]];
        }
    }

    /// <summary>Runs the network on <paramref name="input"/> (<c>[rows × in]</c>); the result is <c>[rows × out]</c>, valid until the next call.</summary>
    /// <param name="input">The input rows.</param>
    /// <returns>The output rows.</returns>
    public ReadOnlySpan<float> Run(float[] input)
    {
        float[] x = input;
        for (int i = 0; i < _hidden.Length; i++)
        {
            var layer = _mlp.Layers[i];
            int outF = layer.Weight.Shape[0];
            int inF = layer.Weight.Shape[1];
            float[] y = _hidden[i];
            CpuBackend.Serial.MatMulNT(x, 0, inF, layer.Weight.Data, 0, inF, y, 0, outF, _rows, outF, inF, accumulate: false);
            for (int r = 0; r < _rows; r++)
            {
                Span<float> row = y.AsSpan(r * outF, outF);
                if (layer.Bias is not null)
                {
                    TensorPrimitives.Add(row, layer.Bias.Span, row);
                }

                if (i < _hidden.Length - 1)
                {
                    TensorPrimitives.Tanh(row, row);
                }
            }

            x = y;
        }

        return x;
    }
}
