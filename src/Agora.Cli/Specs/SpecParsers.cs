using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Agora.Cli.Specs;

/// <summary>Turns JSON or YAML text into a <see cref="SpecNode"/> tree, reporting syntax errors with their line.</summary>
internal static class SpecParsers
{
    public static SpecNode ParseJson(string text, string file)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            long line = (e.LineNumber ?? 0) + 1;
            throw new SpecException($"{file}: malformed JSON at line {line}: {FirstLine(e.Message)}", e);
        }
    }

    public static SpecNode ParseYaml(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new SpecException($"{file}: malformed YAML at line {e.Start.Line}: {FirstLine(e.InnerException?.Message ?? e.Message)}", e);
        }

        if (stream.Documents.Count != 1)
        {
            throw new SpecException($"{file}: expected exactly one YAML document, found {stream.Documents.Count}.");
        }

        return FromYaml(stream.Documents[0].RootNode);
    }

    private static SpecNode FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new SpecMap(element.EnumerateObject().Select(p => (p.Name, (int?)null, FromJson(p.Value))).ToList(), null),
        JsonValueKind.Array => new SpecList(element.EnumerateArray().Select(FromJson).ToList(), null),
        JsonValueKind.String => new SpecScalar(element.GetString()!, ScalarStyle.Text, null),
        JsonValueKind.Number => new SpecScalar(element.GetRawText(), ScalarStyle.Number, null),
        JsonValueKind.True => new SpecScalar("true", ScalarStyle.Boolean, null),
        JsonValueKind.False => new SpecScalar("false", ScalarStyle.Boolean, null),
        _ => new SpecScalar(string.Empty, ScalarStyle.Null, null),
    };

    private static SpecNode FromYaml(YamlNode node)
    {
        int line = (int)node.Start.Line;
        return node switch
        {
            YamlMappingNode map => new SpecMap(
                map.Children.Select(pair => (KeyText(pair.Key), (int?)(int)pair.Key.Start.Line, FromYaml(pair.Value))).ToList(),
                line),
            YamlSequenceNode list => new SpecList(list.Children.Select(FromYaml).ToList(), line),
            YamlScalarNode scalar => new SpecScalar(
                scalar.Value ?? string.Empty,
                scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted
                    ? ScalarStyle.Text
                    : string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" ? ScalarStyle.Null : ScalarStyle.Plain,
                line),
            _ => throw new SpecException($"line {line}: unsupported YAML node."),
        };
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? string.Empty : key.ToString();

    private static string FirstLine(string message) => message.ReplaceLineEndings("\n").Split('\n')[0];
}
