namespace Agora.Neural.Optim;

/// <summary>Updates parameters from their gradients.</summary>
public interface IOptimizer
{
    /// <summary>The parameters updated.</summary>
    IReadOnlyList<Tensor> Parameters { get; }

    /// <summary>The learning rate (may be changed between steps for a schedule).</summary>
    float LearningRate { get; set; }

    /// <summary>Applies one update from the current gradients.</summary>
    void Step();

    /// <summary>Clears every parameter gradient.</summary>
    void ZeroGrad();
}
