using Agora.Core.Repeated;
using Agora.Core.Tournaments;
using Agora.Llm;
using Agora.Llm.Client;
using Agora.Llm.Players;

namespace Agora.Cli.Commands;

/// <summary>Command-line settings for <c>llm:MODEL</c> players.</summary>
/// <param name="Endpoint">The --llm-endpoint flag, or null.</param>
/// <param name="SocialChainOfThought">Whether --scot was given.</param>
/// <param name="Cancellation">Ctrl-C.</param>
internal sealed record LlmPlayerSettings(string? Endpoint, bool SocialChainOfThought, CancellationToken Cancellation);

/// <summary>Builds <c>llm:MODEL</c> players for <c>agora match</c>, <c>tournament</c> and <c>resume</c>: flag, then
/// environment, then defaults.</summary>
internal static class LlmPlayers
{
    public const string Prefix = "llm:";

    /// <summary>Whether a player name asks for an LLM player.</summary>
    public static bool IsLlm(string name) => name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tournament player source for <c>llm:MODEL</c> names. Model names never hold commas; refusing them
    /// lets the comma-separated list split around llm:MODEL.</summary>
    public static StrategySource Source(LlmPlayerSettings settings) =>
        name => IsLlm(name) && !name.Contains(',', StringComparison.Ordinal) ? Create(name, settings) : null;

    public static Strategy Create(string name, LlmPlayerSettings settings)
    {
        string model = name[Prefix.Length..].Trim();
        if (model.Length == 0)
        {
            throw new CliException($"'{name}' names no model; write llm:MODEL, e.g. llm:llama3.2.");
        }

        LlmOptions options;
        try
        {
            options = LlmSettingsSource.Resolve(
                new LlmSettingsSource(Endpoint: settings.Endpoint, Model: model),
                LlmSettingsSource.FromEnvironment(ExperimentCatalog.Llm.Environment));
        }
        catch (ArgumentException e)
        {
            throw new CliException(e.Message);
        }

        var usage = new LlmUsage();
        var client = LlmClientFactory.Create(options, usage, ExperimentCatalog.Llm.Time, ExperimentCatalog.Llm.Environment, cache: null);
        return new AkataLlmStrategy(client, usage, new AkataLlmOptions { SocialChainOfThought = settings.SocialChainOfThought }, settings.Cancellation);
    }
}
