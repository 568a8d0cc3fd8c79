using Agora.Neural.Backends;

namespace Agora.Neural.Autodiff;

/// <summary>
/// A differentiable operation that owns its output buffer. Calling its forward method again with inputs of the same
/// shape reuses that buffer, which is how a training step stays allocation-free.
/// </summary>
/// <remarks>
/// Reverse-mode autodiff: each forward call records the op on a <see cref="Tape"/>; <see cref="Tape.Backward(Tensor)"/>
/// calls <see cref="Backward"/> in reverse order. Backward adds (never assigns) into the gradients of the inputs that
/// collect one, so a tensor used twice receives both contributions. An op instance is used once per tape.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public abstract class Op
{
    private Tensor? _output;

    /// <summary>The output of the last forward call.</summary>
    public Tensor Output => _output ?? throw new InvalidOperationException($"{GetType().Name} has not run forward yet.");

    /// <summary>The backend of the last forward call.</summary>
    protected IComputeBackend Backend { get; private set; } = CpuBackend.Serial;

    /// <summary>Propagates the output gradient to the inputs.</summary>
    public abstract void Backward();

    /// <summary>Prepares the output buffer for a forward call and records the op when the output needs a gradient.</summary>
    /// <param name="tape">The tape, or null for inference only.</param>
    /// <param name="shape">The output shape.</param>
    /// <param name="needsGrad">Whether any input collects a gradient.</param>
    /// <returns>The output tensor, its gradient cleared.</returns>
    protected Tensor Begin(Tape? tape, TensorShape shape, bool needsGrad)
    {
        bool record = tape is not null && needsGrad;
        Tensor output = Tensor.Reuse(ref _output, shape, record || (_output?.RequiresGrad ?? false));
        if (output.RequiresGrad)
        {
            output.ZeroGrad();
        }

        Backend = tape?.Backend ?? CpuBackend.Serial;
        if (record)
        {
            tape!.Record(this);
        }

        return output;
    }

    /// <summary>Throws when <paramref name="actual"/> differs from <paramref name="expected"/>.</summary>
    /// <param name="what">What is checked, for the message.</param>
    /// <param name="expected">The expected size.</param>
    /// <param name="actual">The actual size.</param>
    protected void Require(string what, int expected, int actual)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"{GetType().Name}: {what} must be {expected}; got {actual}.");
        }
    }
}
