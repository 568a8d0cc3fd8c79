namespace Agora.Core.Exploration;

/// <summary>The product of two bonuses, e.g. episodic × global, the combination Henaff et al. find robust.</summary>
/// <remarks>Both factors see every visit (so both keep counting) and the bonus is <c>b₁(s)·b₂(s)</c>.</remarks>
public sealed class ProductBonus : IExplorationBonus
{
    private readonly IExplorationBonus _first;
    private readonly IExplorationBonus _second;

    /// <summary>Combines two bonuses.</summary>
    /// <param name="first">The first factor.</param>
    /// <param name="second">The second factor.</param>
    public ProductBonus(IExplorationBonus first, IExplorationBonus second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        _first = first;
        _second = second;
    }

    /// <inheritdoc />
    public string Name => "product";

    /// <inheritdoc />
    public void BeginEpisode()
    {
        _first.BeginEpisode();
        _second.BeginEpisode();
    }

    /// <inheritdoc />
    public double Visit(ulong stateKey)
    {
        double a = _first.Visit(stateKey);
        return a * _second.Visit(stateKey);
    }
}
