namespace Agora.Core.Repeated;

/// <summary>What a strategy reads besides the two histories.</summary>
[Flags]
public enum StrategyUses
{
    /// <summary>Only the histories.</summary>
    None = 0,

    /// <summary>The payoff matrix (Axelrod's <c>makes_use_of = {"game"}</c>).</summary>
    Game = 1,

    /// <summary>The announced match length (Axelrod's <c>makes_use_of = {"length"}</c>).</summary>
    Length = 2,
}

/// <summary>A strategy's metadata, as Axelrod's classifier dictionary, computed once per parameter set.</summary>
/// <param name="Name">The display name in Axelrod's <c>repr</c> form: name, then parameters, e.g. <c>GTFT: 0.33</c>.</param>
/// <param name="MemoryDepth">How many past turns the strategy reads; <see langword="null"/> for unbounded.</param>
/// <param name="Stochastic">Whether the strategy draws random numbers.</param>
/// <param name="Uses">Whether it reads the game or the match length.</param>
/// <param name="References">Citation keys or short references, e.g. <c>Axelrod1980</c>.</param>
public sealed record StrategyInfo(string Name, int? MemoryDepth, bool Stochastic, StrategyUses Uses, IReadOnlyList<string> References)
{
    /// <summary>Creates metadata with no references.</summary>
    /// <param name="name">The display name.</param>
    /// <param name="memoryDepth">The memory depth; <see langword="null"/> for unbounded.</param>
    /// <param name="stochastic">Whether it draws random numbers.</param>
    /// <param name="uses">What it reads besides the histories (default none).</param>
    /// <param name="references">Citation keys.</param>
    /// <returns>The metadata.</returns>
    public static StrategyInfo Of(string name, int? memoryDepth, bool stochastic, StrategyUses uses = StrategyUses.None, params string[] references) =>
        new(name, memoryDepth, stochastic, uses, references);
}
