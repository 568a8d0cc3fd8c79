namespace Agora.Core.Donor;

/// <summary>What mutation does with a gene that leaves its range (shares [0, 1], reciprocity ±range).</summary>
public enum DonorGeneBounds
{
    /// <summary>Nothing: the gene keeps its value and the decision rule clips the share it produces to [0, 1].</summary>
    Free,

    /// <summary>The gene is clamped to the nearest bound.</summary>
    Clamp,

    /// <summary>The gene is reflected back into its range (−0.03 becomes 0.03).</summary>
    Reflect,
}
