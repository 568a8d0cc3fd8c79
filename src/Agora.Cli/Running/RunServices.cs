using Agora.Llm.Client;

namespace Agora.Cli.Running;

/// <summary>The services a run offers its trials: the store's LLM response cache.</summary>
/// <param name="cache">The response cache of the run's store.</param>
internal sealed class RunServices(ILlmResponseCache cache) : IServiceProvider
{
    public object? GetService(Type serviceType) => serviceType == typeof(ILlmResponseCache) ? cache : null;
}
