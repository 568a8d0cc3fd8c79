using Agora.Core.Environments.Foraging;
using Agora.Core.Games;

namespace Agora.Core.Environments;

/// <summary>One built-in environment: a stable, versioned id, a description and a factory.</summary>
/// <param name="Name">The id, e.g. <c>kuhn-poker-v0</c>; the suffix is bumped whenever behaviour that affects learning changes.</param>
/// <param name="Description">One line for <c>agora list envs</c>.</param>
/// <param name="Create">Builds a fresh environment (call <see cref="IParallelEnv.Reset"/> before stepping).</param>
public sealed record EnvRegistration(string Name, string Description, Func<IParallelEnv> Create);

/// <summary>
/// The built-in environments, listed explicitly: every registered game as a <see cref="GameEnv"/>, a representative
/// set of Level-Based Foraging ids, the gridworlds, then the single-agent control environments.
/// </summary>
/// <remarks>
/// Versioned ids follow PettingZoo's practice, so a result names exactly the dynamics that produced it. Every other
/// lb-foraging v3 id (4,320 of them, plus the grid ids) is accepted by <see cref="TryGet"/> without being listed.
/// </remarks>
public static class EnvRegistry
{
    // Declared before All: static fields initialise in textual order.
    private static readonly string[] ListedForagingIds =
    [
        "Foraging-5x5-2p-1f-coop-v3",
        "Foraging-8x8-2p-2f-v3",
        "Foraging-8x8-2p-2f-coop-v3",
        "Foraging-2s-8x8-2p-2f-v3",
        "Foraging-10x10-3p-3f-v3",
        "Foraging-15x15-4p-5f-v3",
        "Foraging-2s-15x15-4p-5f-coop-v3",
        "Foraging-grid-2s-8x8-2p-2f-v3",
    ];

    /// <summary>Every built-in environment, in listing order.</summary>
    public static IReadOnlyList<EnvRegistration> All { get; } =
        GameRegistry.All
            .Select(g => new EnvRegistration(g.Name + "-v0", $"Parallel env over the {g.Name} game (agents = players, chance resolved automatically).", () => new GameEnv(g.Game)))
            .Concat(ListedForagingIds.Select(Foraging))
            .Concat(GridWorld.GridWorldRegistry.All)
            .Append(new EnvRegistration("CartPole-v1", "Gymnasium CartPole-v1: balance a pole on a cart; +1 per step, 500-step limit.", () => new ClassicControl.CartPoleEnv()))
            .Append(new EnvRegistration("Acrobot-v1", "Gymnasium Acrobot-v1: swing a two-link pendulum's tip above the bar; -1 per step, 500-step limit.", () => new ClassicControl.AcrobotEnv()))
            .Append(new EnvRegistration("MountainCar-v0", "Gymnasium MountainCar-v0: drive an under-powered car up a hill; -1 per step, 200-step limit.", () => new ClassicControl.MountainCarEnv()))
            .Append(new EnvRegistration("ThreeBody-Hermite-v0", "Three-body problem: pick the Hermite accuracy parameter mu every 0.1 yr (Saz Ulibarrena & Portegies Zwart 2024).", () => new ThreeBody.ThreeBodyEnv()))
            .Append(new EnvRegistration("Pendulum-v1", "Gymnasium Pendulum-v1: swing up a pendulum with a continuous torque in [-2, 2]; 200-step limit.", () => new ClassicControl.PendulumEnv()))
            .ToArray();

    private static EnvRegistration Foraging(string id)
    {
        ForagingOptions options = ForagingId.Parse(id);
        string view = options.Sight >= options.Rows ? "full view" : $"sight {options.Sight}";
        string obs = options.ObservationMode == ForagingObservationMode.Grid ? "grid layers" : "vector obs";
        string coop = options.ForceCoop ? ", forced cooperation" : string.Empty;
        string description = $"Level-Based Foraging (lb-foraging 2.0): {options.Rows}x{options.Cols}, {options.Players} players, {options.MaxNumFood} food{coop}, {view}, {obs}, 50 steps.";
        return new EnvRegistration(id, description, () => new ForagingEnv(options));
    }

    /// <summary>Looks an environment up by id; any lb-foraging v3 id is found even when not listed in <see cref="All"/>.</summary>
    /// <param name="name">The id.</param>
    /// <param name="registration">The registration when found.</param>
    /// <returns>Whether the id is registered.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EnvRegistration? registration)
    {
        registration = All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
        if (registration is null && ForagingId.TryParse(name, out _, out _))
        {
            registration = Foraging(name);
        }

        return registration is not null;
    }
}
