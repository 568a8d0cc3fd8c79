namespace Agora.Core.Donor;

/// <summary>Which agents survive a generation: the notebook's <c>selectionMethod</c>.</summary>
public enum DonorSelection
{
    /// <summary>The top share by score (<c>'top'</c>, the paper's method).</summary>
    Top,

    /// <summary>A uniformly random share, regardless of score (<c>'random'</c>: a control without selection).</summary>
    Random,

    /// <summary>The top share by reputation (<c>'reputation'</c>; see <see cref="DonorGame.ReputationScores"/>).</summary>
    Reputation,
}
