using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Cli.Store;

/// <summary>The JSON settings for everything Agora stores and exports.</summary>
internal static class StoreJson
{
    /// <summary>Compact output; NaN and infinities written as strings rather than refused, since metrics may hold them.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Indented output for exports meant for people.</summary>
    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };
}
