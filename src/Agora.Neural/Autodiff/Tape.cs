using Agora.Neural.Backends;

namespace Agora.Neural.Autodiff;

/// <summary>The record of one forward pass, replayed backwards to compute gradients (reverse-mode autodiff).</summary>
/// <remarks>
/// The tape keeps its list between steps: <see cref="Clear"/> forgets the ops without freeing the list, so recording
/// allocates nothing once the list has grown to the model's size.
/// <threadsafety>Not thread-safe; one tape per training loop.</threadsafety>
/// </remarks>
public sealed class Tape
{
    private readonly List<Op> _ops = new(64);

    /// <summary>Creates a tape.</summary>
    /// <param name="backend">The backend the ops run on; <see cref="CpuBackend.Serial"/> when null.</param>
    public Tape(IComputeBackend? backend = null)
    {
        Backend = backend ?? CpuBackend.Serial;
    }

    /// <summary>The backend the recorded ops run on.</summary>
    public IComputeBackend Backend { get; }

    /// <summary>The number of recorded ops.</summary>
    public int Count => _ops.Count;

    /// <summary>Forgets the recorded ops.</summary>
    public void Clear() => _ops.Clear();

    /// <summary>Records an op (called by <see cref="Op"/> during forward).</summary>
    /// <param name="op">The op.</param>
    internal void Record(Op op) => _ops.Add(op);

    /// <summary>Back-propagates from a scalar: sets its gradient to 1 and runs every recorded op backwards.</summary>
    /// <param name="loss">A one-element tensor produced by a recorded op.</param>
    public void Backward(Tensor loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        if (loss.Length != 1 || loss.Grad is null)
        {
            throw new ArgumentException($"Backward needs a one-element tensor with a gradient; got {loss}.", nameof(loss));
        }

        loss.GradSpan[0] = 1f;
        BackwardFromSeed();
    }

    /// <summary>Runs every recorded op backwards, starting from whatever gradients the outputs already hold.</summary>
    /// <remarks>Use this to back-propagate a vector-Jacobian product: write the seed into an output's gradient first.</remarks>
    public void BackwardFromSeed()
    {
        for (int i = _ops.Count - 1; i >= 0; i--)
        {
            _ops[i].Backward();
        }
    }
}
