using Agora.Core.Tournaments;
using Agora.Llm.Client;

namespace Agora.Cli.Running;

/// <summary>The services a run offers its trials: the store's LLM response cache and the tournament parallelism.</summary>
/// <param name="cache">The response cache of the run's store.</param>
/// <param name="tournament">Jobs and extra player sources for tournament trials, or null.</param>
internal sealed class RunServices(ILlmResponseCache cache, TournamentServices? tournament = null) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(ILlmResponseCache) ? cache : serviceType == typeof(TournamentServices) ? tournament : null;
}
