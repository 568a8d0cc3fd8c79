using Agora.Core.Evolution;

namespace Agora.Core.Tests.Evolution;

public sealed class DynamicsTests
{
    private static readonly double[,] RockPaperScissors = { { 0, -1, 1 }, { 1, 0, -1 }, { -1, 1, 0 } };

    // PD (R, S, T, P) = (3, 0, 5, 1); row 0 cooperates, row 1 defects.
    private static readonly double[,] PrisonersDilemma = { { 3, 0 }, { 5, 1 } };

    // Hawk–dove with value V = 2 and cost C = 4: H v H (V − C)/2 = −1, H v D V = 2, D v H 0, D v D V/2 = 1; ESS hawks V/C.
    private static readonly double[,] HawkDove = { { -1, 2 }, { 0, 1 } };

    [Fact]
    public void Rock_paper_scissors_conserves_the_product_of_shares_and_cycles()
    {
        var dynamics = new ReplicatorDynamics(RockPaperScissors);
        var trajectory = dynamics.Integrate([0.5, 0.3, 0.2], dt: 0.01, steps: 5000, every: 10);
        double product0 = 0.5 * 0.3 * 0.2;
        Assert.All(trajectory, x => Assert.Equal(product0, x[0] * x[1] * x[2], 8));
        // It orbits: rock's share rises above and falls below its start, and never reaches a corner.
        // On this orbit rock's share swings between about 0.177 and 0.519 (scipy solve_ivp, rtol 1e-10).
        Assert.Equal(0.5193, trajectory.Max(x => x[0]), 3);
        Assert.Equal(0.1773, trajectory.Min(x => x[0]), 3);
        Assert.All(trajectory, x => Assert.Equal(1.0, x.Sum(), 12));
    }

    [Fact]
    public void The_replicator_field_vanishes_at_the_interior_equilibrium_of_rock_paper_scissors()
    {
        var dx = new double[3];
        new ReplicatorDynamics(RockPaperScissors).Derivative([1 / 3.0, 1 / 3.0, 1 / 3.0], dx);
        Assert.All(dx, v => Assert.Equal(0, v, 15));
    }

    [Fact]
    public void In_the_prisoners_dilemma_defection_takes_over()
    {
        var end = new ReplicatorDynamics(PrisonersDilemma).Integrate([0.99, 0.01], dt: 0.05, steps: 4000)[^1];
        Assert.True(end[1] > 0.999, $"defectors {end[1]}");
    }

    [Fact]
    public void Hawk_dove_converges_to_the_mixed_ess_from_either_side()
    {
        var dynamics = new ReplicatorDynamics(HawkDove);
        Assert.Equal(0.5, dynamics.Integrate([0.05, 0.95], 0.05, 2000)[^1][0], 6);
        Assert.Equal(0.5, dynamics.Integrate([0.95, 0.05], 0.05, 2000)[^1][0], 6);
    }

    [Fact]
    public void One_ecological_step_multiplies_each_share_by_its_payoff_and_renormalises()
    {
        // x = (½, ½): payoffs 2·½ = 1 and 1·½ = ½, so x' = (½·1, ½·½)/(¾) = (⅔, ⅓).
        var shares = new EcologicalDynamics(new double[,] { { 2, 0 }, { 0, 1 } }).Run(1, seed: 0);
        Assert.Equal([0.5, 0.5], shares[0]);
        Assert.Equal(2 / 3.0, shares[1][0], 15);
        Assert.Equal(1 / 3.0, shares[1][1], 15);
    }

    [Fact]
    public void The_ecology_of_tit_for_tat_defector_and_cooperator_ends_with_tit_for_tat()
    {
        // Mean payoff per turn over 200 turns: TFT v D 199/200, D v TFT 204/200, D v C 5, C v D 0, everyone else 3 or 1.
        double[,] payoffs = { { 3, 0.995, 3 }, { 1.02, 1, 5 }, { 3, 0, 3 } };
        var shares = new EcologicalDynamics(payoffs).Run(300, seed: 0, initial: [1, 1, 1]);
        double[] last = shares[^1];
        Assert.True(shares[2][1] > shares[0][1], "defectors first grow on the cooperators");
        Assert.Equal(0.35816293, shares[2][1], 7); // numpy, same update
        Assert.True(last[1] < 1e-6, $"defectors {last[1]}");
        Assert.True(last[0] > last[2]);
    }

    [Fact]
    public void Noisy_ecological_payoffs_are_seeded()
    {
        double[,] payoffs = { { 3, 0.995 }, { 1.02, 1 } };
        double[,] deviations = { { 0.5, 0.5 }, { 0.5, 0.5 } };
        var dynamics = new EcologicalDynamics(payoffs, deviations, fitness: p => Math.Max(p, 0));
        Assert.Equal(dynamics.Run(50, seed: 3), dynamics.Run(50, seed: 3));
        Assert.NotEqual(dynamics.Run(50, seed: 3)[^1], dynamics.Run(50, seed: 4)[^1]);
        Assert.Throws<ArgumentException>(() => new EcologicalDynamics(payoffs, new double[,] { { -1, 0 }, { 0, 0 } }));
    }

    [Fact]
    public void An_identity_mutation_matrix_gives_the_plain_dynamics_and_bad_matrices_are_refused()
    {
        double[,] identity = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        var plain = new ReplicatorDynamics(RockPaperScissors);
        var mutated = new ReplicatorDynamics(RockPaperScissors, identity);
        var a = new double[3];
        var b = new double[3];
        plain.Derivative([0.5, 0.3, 0.2], a);
        mutated.Derivative([0.5, 0.3, 0.2], b);
        Assert.Equal(a, b);
        Assert.Throws<ArgumentException>(() => new ReplicatorDynamics(RockPaperScissors, new double[,] { { 1, 0 }, { 0, 1 } }));
        Assert.Throws<ArgumentException>(() => new ReplicatorDynamics(RockPaperScissors, new double[,] { { 0.5, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }));
        Assert.Throws<ArgumentException>(() => new ReplicatorDynamics(RockPaperScissors, new double[,] { { 1.5, -0.5, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }));
    }

    [Fact]
    public void Replicator_mutator_field_matches_the_formula_by_hand()
    {
        // PD, x = (0.25, 0.75): fitness f = Ax = (0.75, 2.0), mean φ = 0.25·0.75 + 0.75·2 = 1.6875; offspring x_i f_i =
        // (0.1875, 1.5). With Q = [[0.9, 0.1], [0.2, 0.8]]: ẋ_C = 0.1875·0.9 + 1.5·0.2 − 0.25·1.6875 = 0.046875,
        // ẋ_D = 0.1875·0.1 + 1.5·0.8 − 0.75·1.6875 = −0.046875.
        var dynamics = new ReplicatorDynamics(PrisonersDilemma, new double[,] { { 0.9, 0.1 }, { 0.2, 0.8 } });
        var dx = new double[2];
        dynamics.Derivative([0.25, 0.75], dx);
        Assert.Equal(0.046875, dx[0], 12);
        Assert.Equal(-0.046875, dx[1], 12);
    }

    [Fact]
    public void Mutation_turns_the_rock_paper_scissors_cycle_into_a_spiral_into_the_centre()
    {
        // Uniform mutation at rate μ: Q = (1 − μ)I + μ/3. With payoffs shifted to A + 2 (positive fitness; the plain
        // dynamics do not change), ẋ_j = (1 − μ)x_j f_j + μφ/3 − x_j φ adds a pull μφ(1/3 − x_j) towards the centre,
        // so the closed orbits become a stable focus. (For the zero-sum A itself φ = 0 and mutation only slows time.)
        const double Mu = 0.1;
        var shifted = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                shifted[i, j] = RockPaperScissors[i, j] + 2;
            }
        }

        var q = new double[3, 3];
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                q[i, j] = (i == j ? 1 - Mu : 0) + (Mu / 3);
            }
        }

        var end = new ReplicatorDynamics(shifted, q).Integrate([0.5, 0.3, 0.2], dt: 0.01, steps: 40_000)[^1];
        Assert.All(end, share => Assert.Equal(1 / 3.0, share, 6));
        // Without mutation the shifted game still cycles: the product of shares is conserved.
        var plain = new ReplicatorDynamics(shifted).Integrate([0.5, 0.3, 0.2], dt: 0.01, steps: 5000)[^1];
        Assert.Equal(0.5 * 0.3 * 0.2, plain[0] * plain[1] * plain[2], 8);
    }

    [Fact]
    public void Asymmetric_matching_pennies_conserves_the_log_product_and_circles_the_mixed_equilibrium()
    {
        double[,] a = { { 1, -1 }, { -1, 1 } };
        double[,] b = { { -1, 1 }, { 1, -1 } };
        var dynamics = new AsymmetricReplicatorDynamics(a, b);
        var trajectory = dynamics.Integrate([0.7, 0.3], [0.4, 0.6], dt: 0.005, steps: 4000, every: 10);
        double h0 = Math.Log(0.7 * 0.3 * 0.4 * 0.6);
        Assert.All(trajectory, z => Assert.Equal(h0, Math.Log(z.Row[0] * z.Row[1] * z.Column[0] * z.Column[1]), 7));
        Assert.True(trajectory.Max(z => z.Row[0]) > 0.7 && trajectory.Min(z => z.Row[0]) < 0.3, "the row share should swing around 1/2");
        Assert.All(trajectory, z => Assert.Equal(1.0, z.Row.Sum() + z.Column.Sum() - 1, 12));
    }

    [Fact]
    public void Asymmetric_coordination_settles_on_the_pure_equilibrium_of_its_basin()
    {
        double[,] coordination = { { 2, 0 }, { 0, 1 } };
        var dynamics = new AsymmetricReplicatorDynamics(coordination, coordination);
        var toFirst = dynamics.Integrate([0.5, 0.5], [0.5, 0.5], dt: 0.01, steps: 5000)[^1];
        Assert.True(toFirst.Row[0] > 0.999 && toFirst.Column[0] > 0.999);
        // The mixed equilibrium puts 1/3 on the first strategy; starting below it in both populations leads to (2, 2).
        var toSecond = dynamics.Integrate([0.25, 0.75], [0.25, 0.75], dt: 0.01, steps: 5000)[^1];
        Assert.True(toSecond.Row[1] > 0.999 && toSecond.Column[1] > 0.999);
        var dz = new double[4];
        dynamics.Derivative([1 / 3.0, 2 / 3.0, 1 / 3.0, 2 / 3.0], dz);
        Assert.All(dz, d => Assert.Equal(0, d, 12));
        Assert.Throws<ArgumentException>(() => new AsymmetricReplicatorDynamics(coordination, new double[,] { { 1, 2, 3 } }));
    }
}
