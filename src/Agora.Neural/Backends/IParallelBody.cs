namespace Agora.Neural.Backends;

/// <summary>A loop body run for each index of a parallel range; a type, not a delegate, so a serial run allocates nothing.</summary>
public interface IParallelBody
{
    /// <summary>Runs the work of one index. Different indices must write disjoint memory.</summary>
    /// <param name="index">The index.</param>
    void Run(int index);
}
