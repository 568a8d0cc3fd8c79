namespace Agora.Neural;

/// <summary>
/// A float32 tensor: a row-major buffer with a shape, and, when it takes part in differentiation, a gradient buffer of
/// the same size.
/// </summary>
/// <remarks>
/// Buffers are reused: an operation that writes a tensor of the same shape again writes into the same arrays, so a
/// training step allocates nothing once every buffer exists. <see cref="Data"/> may be longer than
/// <see cref="Length"/> after a shrink; always read through <see cref="Span"/> and <see cref="GradSpan"/>.
/// <threadsafety>Not thread-safe; a tensor belongs to one model or one op.</threadsafety>
/// </remarks>
public sealed class Tensor
{
    /// <summary>Creates a zero tensor.</summary>
    /// <param name="shape">The shape.</param>
    /// <param name="requiresGrad">Whether it collects a gradient.</param>
    /// <param name="name">An optional name (parameters are saved under it).</param>
    public Tensor(TensorShape shape, bool requiresGrad = false, string? name = null)
    {
        Shape = shape;
        Data = new float[shape.Length];
        RequiresGrad = requiresGrad;
        Grad = requiresGrad ? new float[shape.Length] : null;
        Name = name;
    }

    private Tensor(TensorShape shape, float[] data, float[]? grad, string? name)
    {
        Shape = shape;
        Data = data;
        Grad = grad;
        RequiresGrad = grad is not null;
        Name = name;
    }

    /// <summary>The shape.</summary>
    public TensorShape Shape { get; private set; }

    /// <summary>The number of elements.</summary>
    public int Length => Shape.Length;

    /// <summary>The storage (at least <see cref="Length"/> long).</summary>
    public float[] Data { get; private set; }

    /// <summary>The gradient storage, or null when the tensor does not collect one.</summary>
    public float[]? Grad { get; private set; }

    /// <summary>Whether the tensor collects a gradient.</summary>
    public bool RequiresGrad { get; }

    /// <summary>An optional name; parameters are saved and loaded under it.</summary>
    public string? Name { get; }

    /// <summary>The values.</summary>
    public Span<float> Span => Data.AsSpan(0, Length);

    /// <summary>The gradient (empty when the tensor collects none).</summary>
    public Span<float> GradSpan => Grad is null ? Span<float>.Empty : Grad.AsSpan(0, Length);

    /// <summary>The element at a flat index.</summary>
    /// <param name="index">The row-major index.</param>
    public float this[int index]
    {
        get => Span[index];
        set => Span[index] = value;
    }

    /// <summary>Creates a tensor holding a copy of <paramref name="values"/>.</summary>
    /// <param name="shape">The shape; its length must equal the number of values.</param>
    /// <param name="values">The row-major values.</param>
    /// <param name="requiresGrad">Whether it collects a gradient.</param>
    /// <returns>The tensor.</returns>
    public static Tensor From(TensorShape shape, ReadOnlySpan<float> values, bool requiresGrad = false)
    {
        if (values.Length != shape.Length)
        {
            throw new ArgumentException($"Shape {shape} needs {shape.Length} values; got {values.Length}.", nameof(values));
        }

        var t = new Tensor(shape, requiresGrad);
        values.CopyTo(t.Span);
        return t;
    }

    /// <summary>Sets the gradient to zero.</summary>
    public void ZeroGrad() => GradSpan.Clear();

    /// <summary>Changes the shape, growing the buffers only when they are too small; the contents are unspecified.</summary>
    /// <param name="shape">The new shape.</param>
    public void Reshape(TensorShape shape)
    {
        if (shape.Length > Data.Length)
        {
            Data = new float[shape.Length];
            if (Grad is not null)
            {
                Grad = new float[shape.Length];
            }
        }

        Shape = shape;
    }

    /// <summary>Returns <paramref name="existing"/> reshaped to <paramref name="shape"/>, or a new tensor when it is null.</summary>
    /// <param name="existing">The buffer to reuse.</param>
    /// <param name="shape">The shape wanted.</param>
    /// <param name="requiresGrad">Whether a new tensor collects a gradient.</param>
    /// <returns>A tensor of that shape.</returns>
    internal static Tensor Reuse(ref Tensor? existing, TensorShape shape, bool requiresGrad)
    {
        if (existing is null || existing.RequiresGrad != requiresGrad)
        {
            existing = new Tensor(shape, requiresGrad);
        }
        else if (existing.Shape != shape)
        {
            existing.Reshape(shape);
        }

        return existing;
    }

    /// <summary>A tensor over the first elements of <paramref name="source"/>'s storage (values and gradient shared).</summary>
    /// <param name="source">The tensor viewed.</param>
    /// <param name="shape">The view's shape; no longer than the source.</param>
    /// <returns>The view.</returns>
    internal static Tensor View(Tensor source, TensorShape shape)
    {
        if (shape.Length > source.Length)
        {
            throw new ArgumentException($"A view {shape} cannot be larger than {source.Shape}.", nameof(shape));
        }

        return new Tensor(shape, source.Data, source.Grad, source.Name);
    }

    /// <inheritdoc />
    public override string ToString() => $"Tensor{(Name is null ? string.Empty : " " + Name)} {Shape}";
}
