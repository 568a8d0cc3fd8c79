using Agora.Core.Environments;
using Agora.Core.Environments.GridWorld;
using Agora.Core.Exploration;
using Agora.Core.Randomness;

namespace Agora.Neural.Exploration;

/// <summary>Builds gridworld copies wrapped in a named exploration bonus, sharing one learned model across copies.</summary>
/// <remarks>
/// Count bonuses (<c>global</c>, <c>episodic</c>, <c>product</c>) are keyed by the agent's (x, y) cell and kept per copy,
/// as the paper's per-actor counts; they enter as <c>r + β·b</c> (no offset: PPO needs no optimism trick). The neural
/// bonuses share one model (E3B's inverse-dynamics embedding, RND's networks) trained on every copy's transitions, with
/// a per-copy episodic C⁻¹, and are divided by their running root mean square before weighting. <c>e3b-pos</c> is E3B on
/// the fixed one-hot (x, y) embedding (<see cref="GridPositionEmbedding"/>), the control for the learned embedding.
/// </remarks>
public static class GridBonusFactory
{
    /// <summary>Every bonus name, in order: counts first, then the neural ones.</summary>
    public static readonly string[] Names = ["none", "global", "episodic", "product", "e3b", "rnd", "e3b-rnd", "e3b-noveld", "e3b-pos"];

    /// <summary>Creates <paramref name="copies"/> environments with bonus <paramref name="bonus"/>.</summary>
    /// <param name="task">The gridworld task.</param>
    /// <param name="gridOptions">The gridworld options (contexts, view, step limit).</param>
    /// <param name="copies">How many copies.</param>
    /// <param name="bonus">One of <see cref="Names"/>.</param>
    /// <param name="beta">β ≥ 0.</param>
    /// <param name="modelOptions">Sizes of the learned models.</param>
    /// <param name="seed">Seeds the learned models.</param>
    /// <returns>The copies.</returns>
    public static IReadOnlyList<IParallelEnv> Create(GridTask task, GridWorldOptions gridOptions, int copies, string bonus, double beta, LearnedModelOptions modelOptions, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(gridOptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        if (!Names.Contains(bonus))
        {
            throw new ArgumentOutOfRangeException(nameof(bonus), bonus, $"Unknown bonus '{bonus}'; expected one of {string.Join(", ", Names)}.");
        }

        var root = new AgoraRandom(seed);
        int obsSize = new GridWorldEnv(task, gridOptions).ObservationSize;
        InverseDynamicsEmbedding? embedding = bonus is "e3b" or "e3b-rnd" or "e3b-noveld"
            ? new InverseDynamicsEmbedding(obsSize, GridWorldEnv.ActionCount, modelOptions, root.Fork("embedding").NextUInt64())
            : null;
        RandomNetworkDistillation? rnd = bonus is "rnd" or "e3b-rnd" or "e3b-noveld"
            ? new RandomNetworkDistillation(obsSize, modelOptions, root.Fork("rnd").NextUInt64())
            : null;
        var envs = new IParallelEnv[copies];
        for (int i = 0; i < copies; i++)
        {
            var grid = new GridWorldEnv(task, gridOptions);
            IExplorationBonus? count = bonus is "global" or "episodic" or "product" ? ExplorationBonusesExperiment.CreateBonus(bonus) : null;
            ITransitionBonus? learned = bonus switch
            {
                "e3b" => new E3BBonus(embedding!),
                "rnd" => new RndBonus(rnd!),
                "e3b-rnd" => new ProductTransitionBonus(new E3BBonus(embedding!), new RndBonus(rnd!), "e3b-rnd"),
                "e3b-noveld" => new ProductTransitionBonus(new E3BBonus(embedding!), new NovelDBonus(rnd!), "e3b-noveld"),
                "e3b-pos" => new E3BBonus(new GridPositionEmbedding(grid)),
                _ => null,
            };
            envs[i] = count is not null
                ? new ExplorationBonusWrapper(grid, count, new GridPositionKeys(grid), beta)
                : learned is not null ? new TransitionBonusWrapper(grid, learned, beta) : grid;
        }

        return envs;
    }
}
