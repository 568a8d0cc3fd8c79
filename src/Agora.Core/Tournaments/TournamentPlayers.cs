using Agora.Core.Repeated;

namespace Agora.Core.Tournaments;

/// <summary>Makes a fresh strategy for a name it owns (e.g. <c>llm:MODEL</c>), or returns <see langword="null"/> for
/// a name it does not know.</summary>
/// <param name="name">The player name as written by the user.</param>
/// <returns>A fresh strategy, or <see langword="null"/>.</returns>
public delegate Strategy? StrategySource(string name);

/// <summary>Turns a player list (a preset, or names separated by commas or semicolons) into prototype strategies.</summary>
/// <remarks>
/// Registered names may themselves contain commas (<c>First by Feld: 1.0, 0.5, 200</c>), so a comma-separated list is
/// read greedily: at each position the longest run of comma-joined pieces that names a player wins. Names are matched
/// as <see cref="StrategyRegistry"/> does (case and spaces ignored); <c>lookup:PATH</c> loads a lookup table; any other
/// name is offered to the extra <see cref="StrategySource"/>s in order.
/// </remarks>
public static class TournamentPlayers
{
    /// <summary>Resolves a player list.</summary>
    /// <param name="list">A preset name (<see cref="TournamentPresets.Names"/>) or names separated by ',' or ';'.</param>
    /// <param name="extra">Sources for names the registry does not know (e.g. LLM players); may be empty.</param>
    /// <returns>One fresh strategy per listed player, in order.</returns>
    /// <exception cref="ArgumentException">An unknown name (the message quotes it) or fewer than two players.</exception>
    public static IReadOnlyList<Strategy> Resolve(string list, IReadOnlyList<StrategySource>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        extra ??= [];
        string trimmed = list.Trim();
        IReadOnlyList<string> names = TournamentPresets.TryGet(trimmed, out var preset) ? preset : Split(trimmed, extra);
        var players = new List<Strategy>(names.Count);
        foreach (string name in names)
        {
            players.Add(TryCreate(name, extra) ?? throw new ArgumentException($"Unknown player '{name}' (see 'agora list strategies').", nameof(list)));
        }

        return players.Count >= 2 ? players : throw new ArgumentException($"A tournament needs at least two players; '{list}' names {players.Count}.", nameof(list));
    }

    /// <summary>Splits a list into names: ';' always separates, ',' only where the joined text is not itself a name.</summary>
    /// <param name="list">The list.</param>
    /// <param name="extra">Extra sources, consulted for names the registry does not know.</param>
    /// <returns>The names, trimmed.</returns>
    /// <exception cref="ArgumentException">A piece that no join makes into a known name (the message quotes it).</exception>
    public static IReadOnlyList<string> Split(string list, IReadOnlyList<StrategySource> extra)
    {
        ArgumentNullException.ThrowIfNull(list);
        var names = new List<string>();
        foreach (string group in list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pieces = group.Split(',');
            int start = 0;
            while (start < pieces.Length)
            {
                int end = pieces.Length;
                while (end > start && !Known(string.Join(",", pieces[start..end]).Trim(), extra))
                {
                    end--;
                }

                if (end == start)
                {
                    throw new ArgumentException($"Unknown player '{pieces[start].Trim()}' (see 'agora list strategies').", nameof(list));
                }

                names.Add(string.Join(",", pieces[start..end]).Trim());
                start = end;
            }
        }

        return names;
    }

    private static bool Known(string name, IReadOnlyList<StrategySource> extra) =>
        name.Length > 0 && (StrategyRegistry.TryGet(name, out _) || name.StartsWith(StrategyRegistry.LookupPrefix, StringComparison.OrdinalIgnoreCase) || extra.Any(source => source(name) is not null));

    private static Strategy? TryCreate(string name, IReadOnlyList<StrategySource> extra)
    {
        if (StrategyRegistry.TryGet(name, out var registration))
        {
            return registration.Create();
        }

        if (name.StartsWith(StrategyRegistry.LookupPrefix, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return StrategyRegistry.Create(name);
            }
            catch (FormatException e)
            {
                throw new ArgumentException(e.Message, nameof(name), e);
            }
        }

        return extra.Select(source => source(name)).FirstOrDefault(s => s is not null);
    }
}

/// <summary>Services a host may offer tournament trials through <see cref="Experiments.TrialContext.Services"/>;
/// results never depend on them.</summary>
/// <param name="Jobs">Pairs played at once inside one tournament.</param>
/// <param name="ExtraPlayers">Sources for player names the registry does not know (e.g. <c>llm:MODEL</c>).</param>
public sealed record TournamentServices(int Jobs, IReadOnlyList<StrategySource> ExtraPlayers);
