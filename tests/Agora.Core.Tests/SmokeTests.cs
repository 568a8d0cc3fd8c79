namespace Agora.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Registry_lists_the_bandit_experiment() =>
        Assert.Contains(Agora.Core.Experiments.ExperimentRegistry.All, e => e.Name == "bandits-regret");
}
