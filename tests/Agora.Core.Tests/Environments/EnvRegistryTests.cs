using Agora.Core.Environments;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Environments;

public sealed class EnvRegistryTests
{
    public static TheoryData<string> Names() => new(EnvRegistry.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_registered_env_passes_the_env_conformance_kit(string name)
    {
        Assert.True(EnvRegistry.TryGet(name, out var registration));
        EnvConformance.Check(registration.Create, steps: 300, seed: 5);
    }

    [Fact]
    public void Ids_are_unique_and_versioned()
    {
        Assert.Equal(EnvRegistry.All.Count, EnvRegistry.All.Select(e => e.Name).Distinct().Count());
        Assert.All(EnvRegistry.All, e => Assert.Matches("-v[0-9]+$", e.Name));
    }
}
