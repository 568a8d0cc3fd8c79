namespace Agora.Neural.Exploration;

/// <summary>Maps an observation to a feature vector φ(s), and may learn from transitions.</summary>
public interface IEmbedding
{
    /// <summary>The size of φ.</summary>
    int Dimension { get; }

    /// <summary>Writes φ(<paramref name="observation"/>).</summary>
    /// <param name="observation">s.</param>
    /// <param name="destination"><see cref="Dimension"/> floats.</param>
    void Embed(ReadOnlySpan<float> observation, Span<float> destination);

    /// <summary>Records a transition for learning (a fixed embedding ignores it).</summary>
    /// <param name="observation">s.</param>
    /// <param name="action">a.</param>
    /// <param name="nextObservation">s'.</param>
    void Record(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation);
}

/// <summary>The fixed embedding φ(s) = s: with one-hot observations E3B becomes an episodic count bonus.</summary>
public sealed class IdentityEmbedding : IEmbedding
{
    /// <summary>Creates the embedding for observations of <paramref name="dimension"/> floats.</summary>
    /// <param name="dimension">The observation size.</param>
    public IdentityEmbedding(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
    }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public void Embed(ReadOnlySpan<float> observation, Span<float> destination) => observation[..Dimension].CopyTo(destination);

    /// <inheritdoc />
    public void Record(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        // Fixed: nothing to learn.
    }
}
