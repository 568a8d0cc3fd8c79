using System.Globalization;

namespace Agora.Core.Repeated;

/// <summary>The two actions of Axelrod-style strategies, and helpers for move strings.</summary>
/// <remarks>Action 0 is cooperation (C, or J in Akata's games) and action 1 defection (D, or F); strategies written
/// for C/D therefore play any 2×2 game, with action 0 in the role of C.</remarks>
public static class Moves
{
    /// <summary>Cooperate: action 0.</summary>
    public const int C = 0;

    /// <summary>Defect: action 1.</summary>
    public const int D = 1;

    /// <summary>The other of two actions.</summary>
    /// <param name="action">0 or 1.</param>
    /// <returns>1 − <paramref name="action"/>.</returns>
    public static int Flip(int action) => 1 - action;

    /// <summary>Parses a C/D string (case-insensitive; spaces ignored) into actions.</summary>
    /// <param name="moves">e.g. <c>"CCD"</c>.</param>
    /// <returns>The actions.</returns>
    /// <exception cref="ArgumentException">A character other than C, D or a space.</exception>
    public static int[] Parse(string moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var result = new List<int>(moves.Length);
        foreach (char ch in moves)
        {
            switch (char.ToUpperInvariant(ch))
            {
                case 'C': result.Add(C); break;
                case 'D': result.Add(D); break;
                case ' ': break;
                default: throw new ArgumentException($"Move '{ch}' in \"{moves}\" is not C or D.", nameof(moves));
            }
        }

        return [.. result];
    }

    /// <summary>Writes actions as a C/D string.</summary>
    /// <param name="actions">Actions 0 or 1.</param>
    /// <returns>e.g. <c>"CCD"</c>.</returns>
    public static string ToString(ReadOnlySpan<int> actions)
    {
        var chars = new char[actions.Length];
        for (int i = 0; i < actions.Length; i++)
        {
            chars[i] = actions[i] == C ? 'C' : 'D';
        }

        return new string(chars);
    }

    /// <summary>Formats a parameter as Python's <c>str</c> does, so names match Axelrod's <c>repr</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Shortest round-trip digits, with <c>.0</c> on whole numbers (Python floats).</returns>
    public static string PyFloat(double value)
    {
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
