using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Repeated;

/// <summary>One registered strategy: its metadata and a factory for fresh instances.</summary>
/// <param name="Info">The metadata (name in Axelrod's <c>repr</c> form).</param>
/// <param name="Create">Makes a fresh instance.</param>
public sealed record StrategyRegistration(StrategyInfo Info, Func<Strategy> Create)
{
    /// <summary>The display name.</summary>
    public string Name => Info.Name;
}

/// <summary>The strategy zoo, listed explicitly (no reflection), in a stable order.</summary>
/// <remarks>
/// Names are matched case- and space-insensitively (<c>"tit for tat"</c>, <c>"TitForTat"</c>). Besides the listed
/// names, <see cref="Create"/> understands <c>lookup:PATH</c> (a lookup-table player loaded from Akata et al.'s JSON
/// format). Registrations are appended, never renamed.
/// </remarks>
public static partial class StrategyRegistry
{
    private static readonly Lazy<IReadOnlyList<StrategyRegistration>> Registrations = new(() =>
    [
        .. Factories().Select(factory => new StrategyRegistration(factory().Info, factory)),
    ]);

    /// <summary>Every registered strategy, in listing order.</summary>
    public static IReadOnlyList<StrategyRegistration> All => Registrations.Value;

    /// <summary>Normalises a name for matching: lower case, whitespace removed.</summary>
    /// <param name="name">A strategy name.</param>
    /// <returns>The key.</returns>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Concat(name.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
    }

    /// <summary>Finds a registered strategy by name (case- and space-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="registration">The registration when found.</param>
    /// <returns>Whether it was found.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StrategyRegistration? registration)
    {
        string key = Key(name);
        registration = All.FirstOrDefault(r => Key(r.Name) == key);
        return registration is not null;
    }

    /// <summary>Creates a strategy by registered name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>A fresh instance.</returns>
    /// <exception cref="KeyNotFoundException">No strategy has that name.</exception>
    /// <exception cref="FormatException"><c>lookup:PATH</c> names a missing or malformed table.</exception>
    public static Strategy Create(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.StartsWith(LookupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return LookupTablePlayer.Load(name[LookupPrefix.Length..]);
        }

        return TryGet(name, out StrategyRegistration? registration) ? registration.Create() : throw new KeyNotFoundException($"Unknown strategy '{name}' (see 'agora list strategies').");
    }

    /// <summary>The prefix of a lookup-table player loaded from a file: <c>lookup:PATH</c>.</summary>
    public const string LookupPrefix = "lookup:";
}
