using System.Globalization;
using Agora.Cli.Commands;
using Agora.Core.Experiments;

namespace Agora.Cli.Specs;

/// <summary>
/// Reads a run spec from a JSON or YAML file: an experiment name plus optional <c>parameters</c>, <c>seed</c> and
/// <c>trials</c>. Unknown keys and wrongly typed values are refused with their key path (and line, for YAML).
/// </summary>
/// <example>
/// <code>
/// experiment: bandits-regret
/// seed: 7
/// trials: 20
/// parameters:
///   steps: 2000
///   epsilon: [0.1, 0.01]
/// </code>
/// </example>
public static class SpecFileReader
{
    private static readonly string[] TopLevelKeys = ["experiment", "parameters", "seed", "trials"];

    /// <summary>Whether <paramref name="target"/> names a spec file rather than an experiment.</summary>
    /// <param name="target">The run target.</param>
    /// <returns>True for paths ending in .json, .yaml or .yml.</returns>
    public static bool LooksLikeSpecFile(string target) =>
        target.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || target.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || target.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and validates a spec file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="SpecException">The file is missing, malformed, or names unknown keys, experiments or values.</exception>
    public static RunSpec Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new SpecException($"Spec file '{path}' does not exist.");
        }

        string text = File.ReadAllText(path);
        bool json = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        SpecNode root = json ? SpecParsers.ParseJson(text, path) : SpecParsers.ParseYaml(text, path);
        return Validate(root, path);
    }

    internal static RunSpec Validate(SpecNode root, string file)
    {
        if (root is not SpecMap map)
        {
            throw Error(file, "the top level", root.Line, "must be a mapping with an 'experiment' key");
        }

        foreach (var (key, line, _) in map.Entries)
        {
            if (!TopLevelKeys.Contains(key))
            {
                throw Error(file, key, line, $"is not a known key; expected one of {string.Join(", ", TopLevelKeys)}");
            }
        }

        var experimentEntry = map.Entries.FirstOrDefault(e => e.Key == "experiment");
        if (experimentEntry.Key is null)
        {
            throw Error(file, "experiment", map.Line, "is required");
        }

        if (experimentEntry.Value is not SpecScalar { Style: ScalarStyle.Text or ScalarStyle.Plain } nameNode)
        {
            throw Error(file, "experiment", experimentEntry.Line, "must be a string");
        }

        if (!ExperimentCatalog.TryGet(nameNode.Text, out var experiment))
        {
            throw Error(file, "experiment", experimentEntry.Line, $"names unknown experiment '{nameNode.Text}'; run 'agora list experiments'");
        }

        ulong? seed = null;
        int? trials = null;
        var values = new Dictionary<string, IReadOnlyList<object>>();
        foreach (var (key, line, node) in map.Entries)
        {
            switch (key)
            {
                case "seed":
                    seed = ReadWhole(node, file, "seed", line, 0, ulong.MaxValue);
                    break;
                case "trials":
                    trials = (int)ReadWhole(node, file, "trials", line, 1, int.MaxValue);
                    break;
                case "parameters":
                    ReadParameters(node, experiment, file, line, values);
                    break;
            }
        }

        return new RunSpec(experiment.Name, values, seed, trials);
    }

    private static void ReadParameters(SpecNode node, IExperiment experiment, string file, int? line, Dictionary<string, IReadOnlyList<object>> values)
    {
        if (node is not SpecMap parameters)
        {
            throw Error(file, "parameters", line, "must be a mapping of parameter names to values");
        }

        foreach (var (name, keyLine, valueNode) in parameters.Entries)
        {
            string path = "parameters." + name;
            var spec = experiment.Parameters.FirstOrDefault(p => p.Name == name)
                ?? throw Error(file, path, keyLine, $"is not a parameter of '{experiment.Name}'; known: {string.Join(", ", experiment.Parameters.Select(p => p.Name))}");
            var items = valueNode is SpecList list ? list.Items : [valueNode];
            if (items.Count == 0)
            {
                throw Error(file, path, keyLine, "must not be an empty list");
            }

            values[name] = items.Select((item, i) => Convert(spec, item, file, items.Count > 1 || valueNode is SpecList ? $"{path}[{i}]" : path, item.Line ?? keyLine)).ToList();
        }
    }

    private static object Convert(ParameterSpec spec, SpecNode node, string file, string path, int? line)
    {
        if (node is not SpecScalar scalar)
        {
            throw Error(file, path, line, "must be a single value or a list of values");
        }

        bool styleFits = spec.Kind switch
        {
            ParameterKind.Integer or ParameterKind.Real => scalar.Style is ScalarStyle.Number or ScalarStyle.Plain,
            ParameterKind.Boolean => scalar.Style is ScalarStyle.Boolean or ScalarStyle.Plain,
            _ => scalar.Style is ScalarStyle.Text or ScalarStyle.Plain,
        };
        if (!styleFits)
        {
            string expected = spec.Kind switch
            {
                ParameterKind.Integer => "an integer",
                ParameterKind.Real => "a number",
                ParameterKind.Boolean => "true or false",
                _ => "a string",
            };
            throw Error(file, path, line, $"must be {expected}, not {Describe(scalar)}");
        }

        try
        {
            return spec.Parse(scalar.Text);
        }
        catch (ParameterException e)
        {
            throw Error(file, path, line, e.Message.TrimEnd('.'));
        }
    }

    private static ulong ReadWhole(SpecNode node, string file, string path, int? line, ulong min, ulong max)
    {
        if (node is SpecScalar { Style: ScalarStyle.Number or ScalarStyle.Plain } scalar
            && ulong.TryParse(scalar.Text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            && value >= min && value <= max)
        {
            return value;
        }

        string text = node is SpecScalar s ? Describe(s) : "a " + (node is SpecMap ? "mapping" : "list");
        throw Error(file, path, line, $"must be a whole number of at least {min}, not {text}");
    }

    private static string Describe(SpecScalar scalar) => scalar.Style switch
    {
        ScalarStyle.Text => $"the string \"{scalar.Text}\"",
        ScalarStyle.Null => "null",
        _ => $"'{scalar.Text}'",
    };

    private static SpecException Error(string file, string path, int? line, string problem) =>
        new(line is int l ? $"{file}:{l}: '{path}' {problem}." : $"{file}: '{path}' {problem}.");
}
