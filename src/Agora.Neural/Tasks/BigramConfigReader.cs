using System.Globalization;
using System.Text;

namespace Agora.Neural.Tasks;

/// <summary>
/// Reads the paper's <c>config.yaml</c> (keys <c>vocab_size</c>, <c>bos</c>, <c>cond</c>, <c>marginal</c>,
/// <c>itos</c>) with a small parser for exactly the YAML subset that file uses, so Agora.Neural needs no YAML library.
/// </summary>
/// <remarks>
/// Supported: top-level <c>key: scalar</c>, block lists (<c>- x</c>), lists of lists (<c>- - x</c> then <c>  - x</c>), and a
/// mapping of integers to plain, single-quoted (possibly folded over several lines) or double-quoted strings. Other keys
/// (<c>stoi</c>, <c>delimiter</c>, …) are skipped.
/// </remarks>
internal static class BigramConfigReader
{
    public static BigramSource Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BigramSourceException($"Config file '{path}' does not exist.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            throw new BigramSourceException($"Config file '{path}' cannot be read: {e.Message}");
        }

        string name = $"config '{path}'";
        var blocks = SplitTopLevel(lines, name);
        int vocab = (int)Number(name, "vocab_size", Scalar(blocks, "vocab_size", name), 0);
        List<double> bos = ReadList(blocks, "bos", name);
        List<List<double>> cond = ReadMatrix(blocks, "cond", name);
        List<double> marginal = ReadList(blocks, "marginal", name);
        if (cond.Count != vocab)
        {
            throw new BigramSourceException($"{name}: cond has {cond.Count} rows but vocab_size is {vocab}.");
        }

        for (int i = 0; i < cond.Count; i++)
        {
            if (cond[i].Count != vocab)
            {
                throw new BigramSourceException($"{name}: cond row {i} has {cond[i].Count} entries but vocab_size is {vocab}.");
            }
        }

        if (bos.Count == 0)
        {
            throw new BigramSourceException($"{name}: bos is empty.");
        }

        string[] symbols = blocks.TryGetValue("itos", out var itosLines)
            ? ReadItos(itosLines, vocab, name)
            : [.. Enumerable.Range(0, vocab).Select(i => i.ToString(CultureInfo.InvariantCulture))];
        double[] flat = [.. cond.SelectMany(r => r)];
        return new BigramSource(name, symbols, flat, [.. marginal], (int)bos[0]);
    }

    private static Dictionary<string, List<(string Text, int Line)>> SplitTopLevel(string[] lines, string name)
    {
        var blocks = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        List<(string, int)>? current = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            bool topLevel = line.Length > 0 && line[0] != ' ' && line[0] != '-' && line[0] != '#';
            if (topLevel)
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new BigramSourceException($"{name} line {i + 1}: expected 'key: value', got '{line}'.");
                }

                string key = line[..colon].Trim();
                current = [];
                if (!blocks.TryAdd(key, current))
                {
                    throw new BigramSourceException($"{name} line {i + 1}: key '{key}' appears twice.");
                }

                string rest = line[(colon + 1)..].Trim();
                if (rest.Length > 0)
                {
                    current.Add((rest, i + 1));
                }
            }
            else if (current is not null)
            {
                current.Add((line, i + 1));
            }
        }

        return blocks;
    }

    private static List<(string Text, int Line)> Block(Dictionary<string, List<(string Text, int Line)>> blocks, string key, string name) =>
        blocks.TryGetValue(key, out var b) ? b : throw new BigramSourceException($"{name}: the key '{key}' is missing.");

    private static (string Text, int Line) Scalar(Dictionary<string, List<(string Text, int Line)>> blocks, string key, string name)
    {
        var b = Block(blocks, key, name);
        return b.Count == 1 ? b[0] : throw new BigramSourceException($"{name}: '{key}' must be a single value.");
    }

    private static List<double> ReadList(Dictionary<string, List<(string Text, int Line)>> blocks, string key, string name)
    {
        var result = new List<double>();
        foreach (var (text, line) in Block(blocks, key, name))
        {
            string t = text.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (!t.StartsWith("- ", StringComparison.Ordinal))
            {
                throw new BigramSourceException($"{name} line {line}: '{key}' must be a list of numbers, got '{t}'.");
            }

            result.Add(Number(name, key, (t[2..], line), 0));
        }

        return result;
    }

    private static List<List<double>> ReadMatrix(Dictionary<string, List<(string Text, int Line)>> blocks, string key, string name)
    {
        var rows = new List<List<double>>();
        foreach (var (text, line) in Block(blocks, key, name))
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (text.StartsWith("- - ", StringComparison.Ordinal))
            {
                rows.Add([Number(name, key, (text[4..], line), rows.Count)]);
            }
            else if (text.StartsWith("  - ", StringComparison.Ordinal) && rows.Count > 0)
            {
                rows[^1].Add(Number(name, key, (text[4..], line), rows.Count - 1));
            }
            else
            {
                throw new BigramSourceException($"{name} line {line}: '{key}' must be a list of lists of numbers, got '{text.Trim()}'.");
            }
        }

        return rows;
    }

    private static double Number(string name, string key, (string Text, int Line) item, int row)
    {
        string t = item.Text.Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d))
        {
            return d;
        }

        throw new BigramSourceException($"{name} line {item.Line}: '{key}' has '{t}' where a number is needed (row {row}).");
    }

    private static string[] ReadItos(List<(string Text, int Line)> lines, int vocab, string name)
    {
        var symbols = new string?[vocab];
        int i = 0;
        while (i < lines.Count)
        {
            var (text, line) = lines[i];
            string t = text.Trim();
            i++;
            if (t.Length == 0)
            {
                continue;
            }

            int colon = t.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !int.TryParse(t[..colon], NumberStyles.Integer, CultureInfo.InvariantCulture, out int id))
            {
                throw new BigramSourceException($"{name} line {line}: 'itos' entries must be 'id: symbol', got '{t}'.");
            }

            if ((uint)id >= (uint)vocab)
            {
                throw new BigramSourceException($"{name} line {line}: 'itos' id {id} is outside vocab_size {vocab}.");
            }

            string value = t[(colon + 1)..].TrimStart();
            if (value.StartsWith('\'') && !ClosesSingleQuote(value, 1))
            {
                var parts = new List<string> { value[1..].TrimEnd() };
                while (i < lines.Count)
                {
                    string next = lines[i].Text.Trim();
                    i++;
                    parts.Add(next);
                    if (ClosesSingleQuote(next, 0))
                    {
                        break;
                    }
                }

                parts[^1] = parts[^1][..^1];
                symbols[id] = Fold(parts).Replace("''", "'", StringComparison.Ordinal);
            }
            else if (value.StartsWith('\''))
            {
                symbols[id] = value[1..^1].Replace("''", "'", StringComparison.Ordinal);
            }
            else if (value.StartsWith('"') && value.Length >= 2 && value.EndsWith('"'))
            {
                symbols[id] = value[1..^1].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            }
            else
            {
                symbols[id] = value;
            }
        }

        for (int k = 0; k < vocab; k++)
        {
            if (symbols[k] is null)
            {
                throw new BigramSourceException($"{name}: 'itos' has no entry for id {k} (vocab_size {vocab}).");
            }
        }

        return symbols!;
    }

    // True when text (from start) ends with a closing single quote that is not an escaped '' pair.
    private static bool ClosesSingleQuote(string text, int start)
    {
        int quotes = 0;
        for (int k = text.Length - 1; k >= start && text[k] == '\''; k--)
        {
            quotes++;
        }

        return quotes % 2 == 1;
    }

    // YAML line folding inside a quoted scalar: one line break becomes a space, each empty line a newline.
    private static string Fold(List<string> parts)
    {
        var sb = new StringBuilder(parts[0]);
        int empties = 0;
        for (int k = 1; k < parts.Count; k++)
        {
            bool last = k == parts.Count - 1;
            if (parts[k].Length == 0 && !last)
            {
                empties++;
                continue;
            }

            sb.Append(empties > 0 ? new string('\n', empties) : " ");
            sb.Append(parts[k]);
            empties = 0;
        }

        return sb.ToString();
    }
}
