using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Agora.Neural.Ops;

namespace Agora.Neural.Modules;

/// <summary>
/// A gradient-free forward pass of an <see cref="Mlp"/> for callers that run it on one or a few samples at a time (an
/// RL actor, every environment step): no tape, no tensors, no allocation per call, and weights packed for a
/// matrix-vector kernel.
/// </summary>
/// <remarks>
/// <para>
/// Each layer's weight W [out, in] is copied transposed and padded to Wᵀ [in, out′], with out′ the output width rounded
/// up to <see cref="Vector{T}.Count"/>. Then y = b + Σ_i x_i·Wᵀ[i, :] is a run of multiply-adds over contiguous rows,
/// with up to eight vectors of outputs held in registers while the input is read once per block; ReLU is applied in
/// registers, tanh and GELU through the same routines as <see cref="ActivationOp"/>. Padding columns hold zeros and
/// stay zero. <see cref="Mlp.Forward"/> instead calls one dot product per output and allocates through its ops.
/// </para>
/// <para>
/// The packed weights are a snapshot: call <see cref="Refresh"/> after the network's weights change (an optimiser
/// step, a checkpoint load). Each sum starts from the bias and adds the inputs in a fixed order (fused where the
/// hardware has FMA), which is not <see cref="Mlp.Forward"/>'s order, so the two agree to float rounding (the tests
/// ask for 1e-6), not bit for bit; on one machine the result is always the same.
/// </para>
/// <threadsafety>Not thread-safe; use one instance per thread.</threadsafety>
/// </remarks>
public sealed class MlpInference
{
    private readonly Mlp _mlp;
    private readonly int[] _inWidth;
    private readonly int[] _outWidth;
    private readonly int[] _stride;
    private readonly float[][] _packed;
    private readonly float[][] _bias;
    private readonly float[][] _hidden;
    private readonly float[] _output;

    /// <summary>Packs the network's current weights and allocates every buffer.</summary>
    /// <param name="mlp">The network.</param>
    /// <param name="maxRows">The most samples one <see cref="Run"/> call takes; 1 by default.</param>
    public MlpInference(Mlp mlp, int maxRows = 1)
    {
        _mlp = mlp ?? throw new ArgumentNullException(nameof(mlp));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        MaxRows = maxRows;
        int layers = mlp.Layers.Count;
        _inWidth = new int[layers];
        _outWidth = new int[layers];
        _stride = new int[layers];
        _packed = new float[layers][];
        _bias = new float[layers][];
        _hidden = new float[layers][];
        int w = Vector<float>.Count;
        for (int l = 0; l < layers; l++)
        {
            Tensor weight = mlp.Layers[l].Weight;
            _outWidth[l] = weight.Shape[0];
            _inWidth[l] = weight.Shape[1];
            _stride[l] = (_outWidth[l] + w - 1) / w * w;
            _packed[l] = new float[_inWidth[l] * _stride[l]];
            _bias[l] = new float[_stride[l]];
            _hidden[l] = new float[_stride[l]];
        }

        _output = new float[maxRows * OutputSize];
        Refresh();
    }

    /// <summary>The input width.</summary>
    public int InputSize => _inWidth[0];

    /// <summary>The output width.</summary>
    public int OutputSize => _outWidth[^1];

    /// <summary>The most samples one call takes.</summary>
    public int MaxRows { get; }

    /// <summary>Copies the network's current weights and biases into the packed layout.</summary>
    public void Refresh()
    {
        for (int l = 0; l < _packed.Length; l++)
        {
            Linear layer = _mlp.Layers[l];
            ReadOnlySpan<float> weight = layer.Weight.Span;
            float[] packed = _packed[l];
            int inF = _inWidth[l], outF = _outWidth[l], stride = _stride[l];
            for (int o = 0; o < outF; o++)
            {
                for (int i = 0; i < inF; i++)
                {
                    packed[(i * stride) + o] = weight[(o * inF) + i];
                }
            }

            if (layer.Bias is not null)
            {
                layer.Bias.Span.CopyTo(_bias[l]);
            }
        }
    }

    /// <summary>Runs the network on <paramref name="input"/>, <c>rows × InputSize</c> values, one sample after another.</summary>
    /// <param name="input">The samples, row-major; 1 to <see cref="MaxRows"/> rows.</param>
    /// <returns>The outputs, <c>rows × OutputSize</c>, valid until the next call.</returns>
    /// <exception cref="ArgumentException">The input length is not a whole number of rows between 1 and <see cref="MaxRows"/>.</exception>
    public ReadOnlySpan<float> Run(ReadOnlySpan<float> input)
    {
        int inF = InputSize, outF = OutputSize;
        int rows = input.Length / inF;
        if (rows < 1 || rows > MaxRows || rows * inF != input.Length)
        {
            throw new ArgumentException($"{nameof(MlpInference)}: input length {input.Length} is not 1 to {MaxRows} rows of {inF}.", nameof(input));
        }

        Activation activation = _mlp.HiddenActivation;
        int last = _packed.Length - 1;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> x = input.Slice(r * inF, inF);
            for (int l = 0; l <= last; l++)
            {
                bool hidden = l < last;
                float[] y = _hidden[l];
                MatVec(x, _packed[l], _bias[l], y, _stride[l], relu: hidden && activation == Activation.Relu);
                Span<float> h = y.AsSpan(0, _outWidth[l]);
                if (hidden && activation != Activation.Relu)
                {
                    ActivationOp.Apply(activation, h, h);
                }

                x = h;
            }

            x.CopyTo(_output.AsSpan(r * outF, outF));
        }

        return _output.AsSpan(0, rows * outF);
    }

    /// <summary>y[j] = bias[j] + Σ_i x[i]·packed[i·stride + j] for j &lt; stride, optionally followed by max(0, ·).</summary>
    /// <remarks>
    /// Wide layers go in blocks of eight, then four vectors, whose accumulators stay in registers over the whole input
    /// and are independent, so multiply-adds issue back to back. A last lone vector (a narrow output layer) would be
    /// one long dependent chain, so its inputs are dealt round-robin to four partial sums that are added at the end.
    /// </remarks>
    private static void MatVec(ReadOnlySpan<float> x, float[] packed, float[] bias, float[] y, int stride, bool relu)
    {
        int w = Vector<float>.Count;
        int n = x.Length;
        ref float xs = ref MemoryMarshal.GetReference(x);
        ref float wt = ref MemoryMarshal.GetArrayDataReference(packed);
        ref float b = ref MemoryMarshal.GetArrayDataReference(bias);
        ref float dst = ref MemoryMarshal.GetArrayDataReference(y);
        int j = 0;
        for (; j + (8 * w) <= stride; j += 8 * w)
        {
            Block8(ref xs, n, ref Unsafe.Add(ref wt, j), stride, ref Unsafe.Add(ref b, j), ref Unsafe.Add(ref dst, j), relu);
        }

        for (; j + (4 * w) <= stride; j += 4 * w)
        {
            Block4(ref xs, n, ref Unsafe.Add(ref wt, j), stride, ref Unsafe.Add(ref b, j), ref Unsafe.Add(ref dst, j), relu);
        }

        for (; j < stride; j += w)
        {
            Single(ref xs, n, ref Unsafe.Add(ref wt, j), stride, ref Unsafe.Add(ref b, j), ref Unsafe.Add(ref dst, j), relu);
        }
    }

    private static void Block8(ref float xs, int n, ref float column, int stride, ref float bias, ref float dst, bool relu)
    {
        nuint w = (nuint)Vector<float>.Count;
        var a0 = Vector.LoadUnsafe(ref bias);
        var a1 = Vector.LoadUnsafe(ref bias, w);
        var a2 = Vector.LoadUnsafe(ref bias, 2 * w);
        var a3 = Vector.LoadUnsafe(ref bias, 3 * w);
        var a4 = Vector.LoadUnsafe(ref bias, 4 * w);
        var a5 = Vector.LoadUnsafe(ref bias, 5 * w);
        var a6 = Vector.LoadUnsafe(ref bias, 6 * w);
        var a7 = Vector.LoadUnsafe(ref bias, 7 * w);
        for (int i = 0; i < n; i++)
        {
            var xi = new Vector<float>(Unsafe.Add(ref xs, i));
            ref float row = ref Unsafe.Add(ref column, i * stride);
            a0 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row), xi, a0);
            a1 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, w), xi, a1);
            a2 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 2 * w), xi, a2);
            a3 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 3 * w), xi, a3);
            a4 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 4 * w), xi, a4);
            a5 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 5 * w), xi, a5);
            a6 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 6 * w), xi, a6);
            a7 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 7 * w), xi, a7);
        }

        Store(a0, relu, ref dst, 0);
        Store(a1, relu, ref dst, w);
        Store(a2, relu, ref dst, 2 * w);
        Store(a3, relu, ref dst, 3 * w);
        Store(a4, relu, ref dst, 4 * w);
        Store(a5, relu, ref dst, 5 * w);
        Store(a6, relu, ref dst, 6 * w);
        Store(a7, relu, ref dst, 7 * w);
    }

    private static void Block4(ref float xs, int n, ref float column, int stride, ref float bias, ref float dst, bool relu)
    {
        nuint w = (nuint)Vector<float>.Count;
        var a0 = Vector.LoadUnsafe(ref bias);
        var a1 = Vector.LoadUnsafe(ref bias, w);
        var a2 = Vector.LoadUnsafe(ref bias, 2 * w);
        var a3 = Vector.LoadUnsafe(ref bias, 3 * w);
        for (int i = 0; i < n; i++)
        {
            var xi = new Vector<float>(Unsafe.Add(ref xs, i));
            ref float row = ref Unsafe.Add(ref column, i * stride);
            a0 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row), xi, a0);
            a1 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, w), xi, a1);
            a2 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 2 * w), xi, a2);
            a3 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row, 3 * w), xi, a3);
        }

        Store(a0, relu, ref dst, 0);
        Store(a1, relu, ref dst, w);
        Store(a2, relu, ref dst, 2 * w);
        Store(a3, relu, ref dst, 3 * w);
    }

    private static void Single(ref float xs, int n, ref float column, int stride, ref float bias, ref float dst, bool relu)
    {
        // Partial sum k takes inputs i ≡ k (mod 4); the bias starts partial 0 and the leftover inputs go there too.
        var p0 = Vector.LoadUnsafe(ref bias);
        var p1 = Vector<float>.Zero;
        var p2 = Vector<float>.Zero;
        var p3 = Vector<float>.Zero;
        int i = 0;
        for (; i + 4 <= n; i += 4)
        {
            ref float row = ref Unsafe.Add(ref column, i * stride);
            p0 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref row), new Vector<float>(Unsafe.Add(ref xs, i)), p0);
            p1 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref Unsafe.Add(ref row, stride)), new Vector<float>(Unsafe.Add(ref xs, i + 1)), p1);
            p2 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref Unsafe.Add(ref row, 2 * stride)), new Vector<float>(Unsafe.Add(ref xs, i + 2)), p2);
            p3 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref Unsafe.Add(ref row, 3 * stride)), new Vector<float>(Unsafe.Add(ref xs, i + 3)), p3);
        }

        for (; i < n; i++)
        {
            p0 = Vector.MultiplyAddEstimate(Vector.LoadUnsafe(ref Unsafe.Add(ref column, i * stride)), new Vector<float>(Unsafe.Add(ref xs, i)), p0);
        }

        Store((p0 + p1) + (p2 + p3), relu, ref dst, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector<float> a, bool relu, ref float dst, nuint offset) =>
        (relu ? Vector.Max(a, Vector<float>.Zero) : a).StoreUnsafe(ref dst, offset);
}
