using System.Globalization;

namespace Agora.Core.Experiments;

/// <summary>The value type of an experiment parameter.</summary>
public enum ParameterKind
{
    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A double-precision number.</summary>
    Real,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>One of a fixed set of strings.</summary>
    Choice,

    /// <summary>Free text (a file path, a name), checked by the parameter's own validator.</summary>
    Text,
}

/// <summary>
/// A typed, validated experiment parameter: its name, default, allowed range and meaning.
/// </summary>
/// <remarks>Values are stored as <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/> according to <see cref="Kind"/>.</remarks>
public sealed record ParameterSpec
{
    private ParameterSpec(string name, ParameterKind kind, object defaultValue, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Kind = kind;
        Default = defaultValue;
        Description = description;
    }

    /// <summary>The key used in <c>--set key=value</c> and spec files.</summary>
    public string Name { get; }

    /// <summary>The value type.</summary>
    public ParameterKind Kind { get; }

    /// <summary>The value used when the run does not set one.</summary>
    public object Default { get; }

    /// <summary>What the parameter controls.</summary>
    public string Description { get; }

    /// <summary>The smallest allowed number (numeric kinds), or null for no bound.</summary>
    public double? Minimum { get; private init; }

    /// <summary>The largest allowed number (numeric kinds), or null for no bound.</summary>
    public double? Maximum { get; private init; }

    /// <summary>The allowed strings (<see cref="ParameterKind.Choice"/> only).</summary>
    public IReadOnlyList<string> Choices { get; private init; } = [];

    /// <summary>Checks a <see cref="ParameterKind.Text"/> value: returns null when it is fine, else a one-line reason.</summary>
    public Func<string, string?>? TextValidator { get; private init; }

    /// <summary>Checks an <see cref="ParameterKind.Integer"/> value inside its range (e.g. "not 0"): null when fine, else a one-line reason.</summary>
    public Func<long, string?>? IntegerValidator { get; private init; }

    /// <summary>An integer parameter.</summary>
    /// <param name="name">The key.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What it controls.</param>
    /// <param name="min">Inclusive lower bound, if any.</param>
    /// <param name="max">Inclusive upper bound, if any.</param>
    /// <returns>The specification.</returns>
    /// <param name="validator">Further checks inside the range: null for a good value, else a one-line reason.</param>
    public static ParameterSpec Integer(string name, long defaultValue, string description, long? min = null, long? max = null, Func<long, string?>? validator = null) =>
        Checked(new ParameterSpec(name, ParameterKind.Integer, defaultValue, description) { Minimum = min, Maximum = max, IntegerValidator = validator });

    /// <summary>A real-valued parameter.</summary>
    /// <param name="name">The key.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What it controls.</param>
    /// <param name="min">Inclusive lower bound, if any.</param>
    /// <param name="max">Inclusive upper bound, if any.</param>
    /// <returns>The specification.</returns>
    public static ParameterSpec Real(string name, double defaultValue, string description, double? min = null, double? max = null) =>
        Checked(new ParameterSpec(name, ParameterKind.Real, defaultValue, description) { Minimum = min, Maximum = max });

    /// <summary>A boolean parameter.</summary>
    /// <param name="name">The key.</param>
    /// <param name="defaultValue">The default.</param>
    /// <param name="description">What it controls.</param>
    /// <returns>The specification.</returns>
    public static ParameterSpec Boolean(string name, bool defaultValue, string description) =>
        new(name, ParameterKind.Boolean, defaultValue, description);

    /// <summary>A parameter that takes one of <paramref name="choices"/>.</summary>
    /// <param name="name">The key.</param>
    /// <param name="defaultValue">The default; one of the choices.</param>
    /// <param name="description">What it controls.</param>
    /// <param name="choices">The allowed values.</param>
    /// <returns>The specification.</returns>
    public static ParameterSpec Choice(string name, string defaultValue, string description, params string[] choices) =>
        Checked(new ParameterSpec(name, ParameterKind.Choice, defaultValue, description) { Choices = choices });

    /// <summary>A free-text parameter, e.g. a file path.</summary>
    /// <param name="name">The key.</param>
    /// <param name="defaultValue">The default (it must pass the validator).</param>
    /// <param name="description">What it controls.</param>
    /// <param name="validator">Returns null for a good value, else a one-line reason; runs when the value is parsed, before any trial.</param>
    /// <returns>The specification.</returns>
    public static ParameterSpec Text(string name, string defaultValue, string description, Func<string, string?>? validator = null) =>
        Checked(new ParameterSpec(name, ParameterKind.Text, defaultValue, description) { TextValidator = validator });

    /// <summary>Parses and validates a value written as text (a <c>--set</c> value).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The typed value.</returns>
    /// <exception cref="ParameterException">The text is not a valid value; the message names the parameter and the value.</exception>
    public object Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        object value = Kind switch
        {
            ParameterKind.Integer => long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l)
                ? l
                : throw Invalid(text, "an integer"),
            ParameterKind.Real => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)
                ? d
                : throw Invalid(text, "a finite number"),
            ParameterKind.Boolean => bool.TryParse(t, out bool b) ? b : throw Invalid(text, "true or false"),
            _ => t,
        };
        return Validate(value);
    }

    /// <summary>Checks a typed value (from a spec file or code) and normalises it to the stored type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The normalised value.</returns>
    /// <exception cref="ParameterException">The value has the wrong type or lies out of range.</exception>
    public object Validate(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (Kind)
        {
            case ParameterKind.Integer:
                long l = value switch
                {
                    long x => x,
                    int x => x,
                    double x when x == Math.Floor(x) && Math.Abs(x) < 9e15 => (long)x,
                    _ => throw Invalid(Format(value), "an integer"),
                };
                CheckRange(l, Format(value));
                return IntegerValidator?.Invoke(l) is string problem
                    ? throw new ParameterException(Name, $"Parameter '{Name}': {problem}")
                    : l;
            case ParameterKind.Real:
                double d = value switch
                {
                    double x => x,
                    long x => x,
                    int x => x,
                    float x => x,
                    _ => throw Invalid(Format(value), "a number"),
                };
                if (!double.IsFinite(d))
                {
                    throw Invalid(Format(value), "a finite number");
                }

                CheckRange(d, Format(value));
                return d;
            case ParameterKind.Boolean:
                return value is bool b ? b : throw Invalid(Format(value), "true or false");
            case ParameterKind.Text:
                if (value is not string text)
                {
                    throw Invalid(Format(value), "a string");
                }

                return TextValidator?.Invoke(text) is string reason
                    ? throw new ParameterException(Name, $"Parameter '{Name}': {reason}")
                    : text;
            default:
                if (value is not string s)
                {
                    throw Invalid(Format(value), $"one of {string.Join(", ", Choices)}");
                }

                if (!Choices.Contains(s))
                {
                    throw new ParameterException(Name, $"Parameter '{Name}' must be one of {string.Join(", ", Choices)}; got '{s}'.");
                }

                return s;
        }
    }

    /// <summary>Formats a value of this parameter as invariant text (the inverse of <see cref="Parse"/>).</summary>
    /// <param name="value">A value of this parameter.</param>
    /// <returns>The text.</returns>
    public static string Format(object value) => value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static ParameterSpec Checked(ParameterSpec spec)
    {
        spec.Validate(spec.Default);
        return spec;
    }

    private void CheckRange(double value, string text)
    {
        if ((Minimum is double min && value < min) || (Maximum is double max && value > max))
        {
            string range = (Minimum, Maximum) switch
            {
                (double lo, double hi) => $"between {Format(lo)} and {Format(hi)}",
                (double lo, null) => $"at least {Format(lo)}",
                _ => $"at most {Format(Maximum!.Value)}",
            };
            throw new ParameterException(Name, $"Parameter '{Name}' must be {range}; got {text}.");
        }
    }

    private ParameterException Invalid(string text, string expected) =>
        new(Name, $"Parameter '{Name}' must be {expected}; got '{text}'.");
}
