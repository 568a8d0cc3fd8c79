using Agora.Core.Games;

namespace Agora.Core.Environments;

/// <summary>One built-in environment: a stable, versioned id, a description and a factory.</summary>
/// <param name="Name">The id, e.g. <c>kuhn-poker-v0</c>; the suffix is bumped whenever behaviour that affects learning changes.</param>
/// <param name="Description">One line for <c>agora list envs</c>.</param>
/// <param name="Create">Builds a fresh environment (call <see cref="IParallelEnv.Reset"/> before stepping).</param>
public sealed record EnvRegistration(string Name, string Description, Func<IParallelEnv> Create);

/// <summary>The built-in environments, listed explicitly: every registered game as a <see cref="GameEnv"/>, then the gridworlds.</summary>
/// <remarks>Versioned ids follow PettingZoo's practice, so a result names exactly the dynamics that produced it.</remarks>
public static class EnvRegistry
{
    /// <summary>Every built-in environment, in listing order.</summary>
    public static IReadOnlyList<EnvRegistration> All { get; } =
        GameRegistry.All
            .Select(g => new EnvRegistration(g.Name + "-v0", $"Parallel env over the {g.Name} game (agents = players, chance resolved automatically).", () => new GameEnv(g.Game)))
            .Concat(GridWorld.GridWorldRegistry.All)
            .ToArray();

    /// <summary>Looks an environment up by id.</summary>
    /// <param name="name">The id.</param>
    /// <param name="registration">The registration when found.</param>
    /// <returns>Whether the id is registered.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EnvRegistration? registration)
    {
        registration = All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
        return registration is not null;
    }
}
