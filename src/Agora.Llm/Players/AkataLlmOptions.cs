namespace Agora.Llm.Players;

/// <summary>How an LLM plays a repeated 2×2 game under Akata et al.'s protocol.</summary>
public sealed record AkataLlmOptions
{
    private readonly int _endPercent = 10;
    private readonly int _maxAttempts = 3;

    /// <summary>Social chain-of-thought: first ask for a prediction of the other player, then for the choice. Default: false.</summary>
    public bool SocialChainOfThought { get; init; }

    /// <summary>Shuffle the order in which the two options are named in each question (PD and the 144 games). Default: true.</summary>
    public bool ShuffleOptionOrder { get; init; } = true;

    /// <summary>The ending probability (in percent) stated when the match length is not announced. Default: 10.</summary>
    public int EndPercent
    {
        get => _endPercent;
        init => _endPercent = value is > 0 and <= 100 ? value : throw new ArgumentOutOfRangeException(nameof(EndPercent), value, "the ending probability must lie in (0, 100] percent.");
    }

    /// <summary>Asks per decision before falling back (a reply that names no option is asked again). Default: 3.</summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        init => _maxAttempts = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxAttempts), value, "at least one attempt is needed.");
    }

    /// <summary>The action (0 = first label) played when every attempt fails. Default: 0.</summary>
    public int FallbackAction { get; init; }

    /// <summary>
    /// Option labels shown to the model instead of the game's own (Akata's 144-game sweep draws two random letters
    /// per game). Default: null (the game's labels).
    /// </summary>
    public IReadOnlyList<string>? Labels { get; init; }
}
