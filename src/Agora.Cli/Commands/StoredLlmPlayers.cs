using System.Text.Json;
using Agora.Cli.Store;

namespace Agora.Cli.Commands;

/// <summary>
/// What a tournament run stores (as the run artifact <see cref="ArtifactName"/>) so that <c>agora resume</c> can
/// rebuild its <c>llm:MODEL</c> players: the model is already in the players parameter, so only the
/// <c>--llm-endpoint</c> flag and <c>--scot</c> are kept. The API key is never part of it; it stays in the environment.
/// </summary>
/// <param name="Endpoint">The --llm-endpoint flag as given, or null when the environment or the default chose it.</param>
/// <param name="SocialChainOfThought">Whether --scot was given.</param>
internal sealed record StoredLlmPlayers(string? Endpoint, bool SocialChainOfThought)
{
    public const string ArtifactName = "llm-players.json";

    public void Write(RunStore store, long runId) =>
        store.WriteArtifact(runId, ArtifactName, "application/json", JsonSerializer.SerializeToUtf8Bytes(this, StoreJson.Options));

    /// <summary>Reads the stored settings; a run stored before they were kept gets none (environment and defaults).</summary>
    public static StoredLlmPlayers Read(RunStore store, long runId)
    {
        byte[]? json = store.ReadArtifact(runId, ArtifactName);
        if (json is null)
        {
            return new StoredLlmPlayers(null, false);
        }

        try
        {
            return JsonSerializer.Deserialize<StoredLlmPlayers>(json, StoreJson.Options) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new CliException($"Run {runId} has an unreadable {ArtifactName}: {e.Message}");
        }
    }
}
