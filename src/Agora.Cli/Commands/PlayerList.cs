using System.Globalization;
using Agora.Core.Repeated;

namespace Agora.Cli.Commands;

/// <summary>Parses <c>--players NAME,NAME*K,…</c> into a population of strategies.</summary>
/// <remarks>Names are the registry's (case- and space-insensitive); <c>NAME*K</c> stands for K copies. Some names hold
/// a comma (<c>ZD-Extort-2: 0.1111111111111111, 0.5</c>), so a piece that is not a name is joined to the next.</remarks>
internal static class PlayerList
{
    public static List<Strategy> Parse(string text)
    {
        var players = new List<Strategy>();
        string pending = string.Empty;
        string[] pieces = text.Split(',');
        for (int p = 0; p < pieces.Length; p++)
        {
            pending = pending.Length == 0 ? pieces[p].Trim() : pending + "," + pieces[p];
            (string name, int copies) = SplitCopies(pending.Trim());
            if (!StrategyRegistry.TryGet(name, out StrategyRegistration? registration))
            {
                if (p + 1 < pieces.Length)
                {
                    continue;
                }

                throw new CliException($"Unknown strategy '{FirstPiece(text, pending)}' in --players (see 'agora list strategies').");
            }

            for (int c = 0; c < copies; c++)
            {
                players.Add(registration.Create());
            }

            pending = string.Empty;
        }

        return players;
    }

    private static (string Name, int Copies) SplitCopies(string piece)
    {
        int star = piece.LastIndexOf('*');
        if (star < 0)
        {
            return (piece, 1);
        }

        string count = piece[(star + 1)..].Trim();
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int copies) || copies < 1)
        {
            throw new CliException($"--players: '{piece}' needs a positive whole number of copies after '*'.");
        }

        return (piece[..star].Trim(), copies);
    }

    private static string FirstPiece(string text, string pending) => pending.Split(',')[0].Trim() is { Length: > 0 } first ? first : text;
}
