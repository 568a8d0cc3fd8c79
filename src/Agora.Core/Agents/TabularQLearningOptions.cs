namespace Agora.Core.Agents;

/// <summary>Settings of <see cref="TabularQLearning"/>.</summary>
public sealed record TabularQLearningOptions
{
    /// <summary>Step size α in (0, 1]. The default value is 0.1.</summary>
    public double LearningRate
    {
        get;
        init => field = value is > 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LearningRate), $"LearningRate must be in (0, 1]; got {value}.");
    } = 0.1;

    /// <summary>Discount γ in [0, 1]. The default value is 0.99.</summary>
    public double Discount
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Discount), $"Discount must be in [0, 1]; got {value}.");
    } = 0.99;

    /// <summary>Probability ε of a uniformly random legal action. The default value is 0.05.</summary>
    public double Epsilon
    {
        get;
        init => field = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Epsilon), $"Epsilon must be in [0, 1]; got {value}.");
    } = 0.05;

    /// <summary>The value of every unseen state-action pair. The default value is 0.</summary>
    public double InitialValue
    {
        get;
        init => field = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(InitialValue), $"InitialValue must be finite; got {value}.");
    }
}
