namespace Agora.Neural.Probes;

/// <summary>What an attention head does on a domain of queries (Guo et al. 2024, §active-dormant).</summary>
public enum HeadRole
{
    /// <summary>The head puts most of its weight on the first token <c>&lt;s&gt;</c>: it is a no-op on these queries.</summary>
    Dormant,

    /// <summary>The head spreads its weight over real tokens: it does work on these queries.</summary>
    Active,
}
