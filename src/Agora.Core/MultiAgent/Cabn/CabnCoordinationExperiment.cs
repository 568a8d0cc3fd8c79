using Agora.Core.Experiments;
using Agora.Core.Randomness;

namespace Agora.Core.MultiAgent.Cabn;

/// <summary>
/// Exact tabular Bayesian-network policy gradient on the n-agent coordination MDP: J/J* for the empty (independent),
/// line and complete DAGs, optionally with sparsity annealing down to a decentralised policy.
/// </summary>
/// <remarks>
/// Chen &amp; Zhang (2023), CABN / BNPG; spec cabn-bayesian-network-policies.md (b)-(d). Per trial: θ ~ N(0, 1), then
/// <c>iterations</c> exact gradient-ascent steps with learning rate <c>lr</c>; J* by joint-action value iteration.
/// Metrics: <c>j-ratio</c> (final J/J*), <c>optimal</c> (1 when J/J* &gt; 0.99), <c>ne-gap</c> (the final policy's
/// Nash-equilibrium gap, as the authors' code reports it), and the <c>j-ratio</c> curve.
/// With <c>anneal-decays</c> = k &gt; 0 the edge gate starts at 1 and drops by 1/k at k evenly spaced points of the
/// first <c>anneal-fraction</c> of the iterations, reaching 0 (decentralised execution) for the rest.
/// </remarks>
public sealed class CabnCoordinationExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "cabn-coordination";

    /// <inheritdoc />
    public string Summary => "Exact Bayesian-network policy gradient on the n-agent coordination game: J/J* for empty, line and complete DAGs.";

    /// <inheritdoc />
    public string Reference => "Chen & Zhang (2023), Context-aware Bayesian network actor-critic methods for cooperative MARL (BNPG). docs/cabn.md";

    /// <inheritdoc />
    public int DefaultTrials => 20;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("agents", "2", "n, the number of agents: 2, 3 or 5 (the game's tolerance l is defined for those; 10 is too large for exact tables).", "2", "3", "5"),
        ParameterSpec.Choice("graph", "all_ones", "The DAG: all_zeros (independent), line, all_ones (complete).", "all_zeros", "line", "all_ones"),
        ParameterSpec.Integer("iterations", 2000, "Exact policy-gradient steps.", min: 1, max: 10_000_000),
        ParameterSpec.Real("lr", 0.01, "Learning rate of plain gradient ascent.", min: 1e-9, max: 100),
        ParameterSpec.Real("clip-norm", 1000, "Gradient-norm clip (the authors' 1000).", min: 1e-9, max: 1e12),
        ParameterSpec.Real("epsilon", 0.1, "Probability that an agent's next bit differs from its action.", min: 0, max: 0.5),
        ParameterSpec.Real("gamma", 0.95, "Discount.", min: 0, max: 0.999),
        ParameterSpec.Integer("anneal-decays", 0, "Sparsity annealing: number of gate decrements from 1 to 0 (0 = off).", min: 0, max: 1_000_000),
        ParameterSpec.Real("anneal-fraction", 0.5, "Share of the iterations over which the gate falls to 0.", min: 0, max: 1),
        ParameterSpec.Integer("record-every", 50, "Record the J/J* curve every this many iterations.", min: 1, max: 10_000_000),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ParameterValues p = context.Parameters;
        int agents = int.Parse(p.GetChoice("agents"), System.Globalization.CultureInfo.InvariantCulture);

        var mdp = new CoordinationMdp(agents, p.GetReal("epsilon"), p.GetReal("gamma"));
        double optimum = mdp.OptimalValue();
        int decays = p.GetInt32("anneal-decays");
        int iterations = p.GetInt32("iterations");
        long annealSpan = (long)(iterations * p.GetReal("anneal-fraction"));
        AgoraRandom rng = context.CreateRandom();
        var policy = new BayesNetPolicy(agents, BayesNetDags.Parse(p.GetChoice("graph")), annealable: decays > 0, ref rng);
        var solver = new ExactPolicyGradient(mdp);
        double lr = p.GetReal("lr");
        double clip = p.GetReal("clip-norm");
        long recordEvery = p.GetInteger("record-every");
        for (int t = 0; t < iterations; t++)
        {
            if (decays > 0)
            {
                long done = annealSpan == 0 ? decays : Math.Min(decays, (long)t * decays / annealSpan);
                policy.Gate = Math.Max(0, 1 - ((double)done / decays));
            }

            double j = solver.Step(policy, lr, clip);
            if (t % recordEvery == 0)
            {
                context.Sink.Scalar("j-ratio", t, j / optimum);
                context.CancellationToken.ThrowIfCancellationRequested();
            }
        }

        double final = solver.Evaluate(policy) / optimum;
        context.Sink.Scalar("j-ratio", iterations, final);
        context.Sink.Summary("j-ratio", final);
        context.Sink.Summary("optimal", final > 0.99 ? 1 : 0);
        context.Sink.Summary("j-star", optimum);
        context.Sink.Summary("ne-gap", solver.NashGap(policy));
    }
}
