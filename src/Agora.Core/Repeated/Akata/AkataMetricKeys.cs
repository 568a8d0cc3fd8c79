using System.Globalization;
using System.Text;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Repeated.Akata;

/// <summary>Short, stable metric-key segments for players and families (<c>ptbr</c>, <c>alternating-jf</c>, <c>win-win</c>).</summary>
public static class AkataMetricKeys
{
    /// <summary>The key segment of a player: a short name for the learning players, the name of a table player, else its
    /// display name in lower case with runs of other characters turned into one dash.</summary>
    /// <param name="player">The player.</param>
    /// <returns>The segment.</returns>
    public static string Of(Strategy player)
    {
        ArgumentNullException.ThrowIfNull(player);
        return player switch
        {
            PredictThenBestRespond => "ptbr",
            FictitiousPlay => "fictitious-play",
            RegretMatching => "regret-matching",
            Hedge => "hedge",
            TabularQLearner => "q-learning",
            _ => Slug(player.Name),
        };
    }

    /// <summary>Lower case, with every run of characters other than letters and digits turned into one dash.</summary>
    /// <param name="text">The text, e.g. <c>PD Family</c>.</param>
    /// <returns>The slug, e.g. <c>pd-family</c>.</returns>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (char ch in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(ch);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
