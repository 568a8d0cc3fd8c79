namespace Agora.Neural.Modules;

/// <summary>A layer or network that owns parameters and the ops that use them.</summary>
/// <threadsafety>Not thread-safe: a module holds its activations between forward and backward.</threadsafety>
public abstract class Module
{
    private readonly List<Tensor> _parameters = [];

    /// <summary>The trainable parameters, in registration order (the checkpoint order).</summary>
    public IReadOnlyList<Tensor> Parameters => _parameters;

    /// <summary>The number of trainable scalars.</summary>
    public long ParameterCount
    {
        get
        {
            long n = 0;
            foreach (var p in _parameters)
            {
                n += p.Length;
            }

            return n;
        }
    }

    /// <summary>Clears every parameter gradient.</summary>
    public void ZeroGrad()
    {
        foreach (var p in _parameters)
        {
            p.ZeroGrad();
        }
    }

    /// <summary>Registers a parameter.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The parameter.</returns>
    protected Tensor Register(Tensor parameter)
    {
        _parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Registers every parameter of a child module.</summary>
    /// <typeparam name="TModule">The child type.</typeparam>
    /// <param name="child">The child.</param>
    /// <returns>The child.</returns>
    protected TModule Register<TModule>(TModule child)
        where TModule : Module
    {
        _parameters.AddRange(child.Parameters);
        return child;
    }
}
