namespace Agora.Cli.Specs;

/// <summary>How a scalar was written, which decides what types it may stand for.</summary>
internal enum ScalarStyle
{
    /// <summary>A JSON string, or a quoted YAML scalar: text only.</summary>
    Text,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON true/false.</summary>
    Boolean,

    /// <summary>A JSON null or an empty YAML value.</summary>
    Null,

    /// <summary>A plain YAML scalar, typed by the parameter it sets.</summary>
    Plain,
}

/// <summary>A format-neutral tree of a spec file, so JSON and YAML share one validator.</summary>
/// <param name="Line">The 1-based line (YAML only), or null.</param>
internal abstract record SpecNode(int? Line);

/// <summary>A mapping, keys in file order.</summary>
internal sealed record SpecMap(IReadOnlyList<(string Key, int? Line, SpecNode Value)> Entries, int? Line) : SpecNode(Line);

/// <summary>A sequence.</summary>
internal sealed record SpecList(IReadOnlyList<SpecNode> Items, int? Line) : SpecNode(Line);

/// <summary>A scalar with its text and style.</summary>
internal sealed record SpecScalar(string Text, ScalarStyle Style, int? Line) : SpecNode(Line);
