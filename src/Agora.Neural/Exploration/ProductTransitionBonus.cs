namespace Agora.Neural.Exploration;

/// <summary>The product of two transition bonuses, e.g. E3B × RND (the ICML 2023 paper's final algorithm, <c>bonus_combine='mult'</c>).</summary>
public sealed class ProductTransitionBonus : ITransitionBonus
{
    private readonly ITransitionBonus _first;
    private readonly ITransitionBonus _second;

    /// <summary>Combines two bonuses; both see every transition.</summary>
    /// <param name="first">The first factor.</param>
    /// <param name="second">The second factor.</param>
    /// <param name="name">The name; <c>first×second</c> names joined by '-' when null.</param>
    public ProductTransitionBonus(ITransitionBonus first, ITransitionBonus second, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        _first = first;
        _second = second;
        Name = name ?? first.Name + "-" + second.Name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void BeginEpisode(ReadOnlySpan<float> observation)
    {
        _first.BeginEpisode(observation);
        _second.BeginEpisode(observation);
    }

    /// <inheritdoc />
    public double Step(ReadOnlySpan<float> observation, int action, ReadOnlySpan<float> nextObservation)
    {
        double a = _first.Step(observation, action, nextObservation);
        return a * _second.Step(observation, action, nextObservation);
    }
}
