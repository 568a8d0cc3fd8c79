using Agora.Core.Donor;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Donor;

public sealed class DonorTransmissionTests
{
    [Fact]
    public void A_donor_with_nothing_left_is_recorded_as_giving_everything_as_in_the_notebook()
    {
        // Everyone gives all they have. In the notebook's schedule group B donates in rounds 6 and 7 back to back, so
        // in round 7 every B donor has 0 units; the notebook records that as 100% (`... if donor.resources != 0 else 1`).
        var options = new DonorGameOptions();
        var population = Enumerable.Repeat(new DonorGenome(DonorStrategyKind.Parametric, 1, 0, 0, 0), 12).ToArray();
        var game = new DonorGame(options);
        int emptyHanded = 0;
        var fractions = new List<double>();
        game.OnDecision = (pair, action, donorAfter, _) =>
        {
            if (action.Amount == 0 && donorAfter == 0)
            {
                emptyHanded++;
            }

            fractions.Add(game.Traces[pair.Donor][0].Fraction);
        };
        var decider = new GenomeDecider(population);
        var rng = new AgoraRandom(2);
        game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(12, emptyHanded); // 6 B donors in game 1 and 6 A donors in game 2
        Assert.All(fractions, f => Assert.Equal(1, f));
        Assert.Equal("In round 7, A donated 100.00% of their resources to B.", DonorTrace.Extend(default, new DonorTraceEntry(7, 0, 1, DonorActionKind.Donate, 0, 1)).Describe(0, i => i == 0 ? "A" : "B", 2));
    }

    [Fact]
    public void In_the_game_a_reciprocator_answers_the_recipients_latest_donated_share()
    {
        var rng = new AgoraRandom(8);
        var population = new DonorGenome[12];
        for (int i = 0; i < population.Length; i++)
        {
            population[i] = DonorGenome.RandomParametric(ref rng, new DonorMutation());
        }

        var game = new DonorGame(new DonorGameOptions());
        var latestShare = new double?[12];
        var resources = new double[12];
        Array.Fill(resources, 10);
        int checkedDecisions = 0, decisions = 0;
        game.OnDecision = (pair, action, donorAfter, recipientAfter) =>
        {
            var g = population[pair.Donor];
            double before = resources[pair.Donor];
            double expectedShare = latestShare[pair.Recipient] is double f ? Math.Clamp(g.Base + (g.Reciprocity * (f - 0.5)), 0, 1) : g.Base;
            Assert.Equal(expectedShare * before, action.Amount, 9);
            checkedDecisions += latestShare[pair.Recipient] is null ? 0 : 1;
            latestShare[pair.Donor] = before > 0 ? action.Amount / before : 1;
            resources[pair.Donor] = donorAfter;
            resources[pair.Recipient] = recipientAfter;
            if (++decisions == 72)
            {
                Array.Fill(resources, 10); // game 2 starts from the endowment; traces carry over by default
            }
        };
        var decider = new GenomeDecider(population);
        game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(144, decisions);
        Assert.Equal(138, checkedDecisions); // only the six recipients of game 1's first round have no trace yet
    }

    [Fact]
    public void Survivors_keep_their_genomes_and_newcomers_copy_a_survivor_reciprocity_included()
    {
        var options = new DonorGameOptions();
        var population = new DonorGenome[12];
        for (int i = 0; i < 12; i++)
        {
            population[i] = new DonorGenome(DonorStrategyKind.Parametric, i / 12.0, 0.1 * i, i / 24.0, 1 - (i / 12.0));
        }

        var original = (DonorGenome[])population.Clone();
        double[] scores = [5, 11, 0, 7, 30, 2, 9, 1, 12, 3, 20, 8]; // top six: 4, 10, 8, 1, 6, 11
        var evolution = new DonorEvolution(options);
        var rng = new AgoraRandom(4);
        evolution.Select(population, scores, ref rng, new DonorMutation { Sigma = 0 });
        Assert.Equal([4, 10, 8, 1, 6, 11], evolution.Survivors.ToArray());
        int[] survivors = [4, 10, 8, 1, 6, 11];
        foreach (int s in survivors)
        {
            Assert.Equal(original[s], population[s]);
        }

        var newcomers = evolution.Newcomers.ToArray();
        Assert.Equal([3, 0, 9, 5, 7, 2], newcomers);
        foreach (int n in newcomers)
        {
            Assert.Contains(population[n], survivors.Select(s => original[s]));
        }

        // With mutation every gene moves by N(0, σ) around one survivor's; without the reciprocity gene it stays 0.
        var parent = new DonorGenome(DonorStrategyKind.Parametric, 0.5, 1.2, 0.3, 0.4);
        var children = Enumerable.Range(0, 4000).Select(_ => parent.Mutate(ref rng, new DonorMutation())).ToArray();
        Assert.Equal(1.2, children.Average(c => c.Reciprocity), 2);
        Assert.Equal(0.1, Math.Sqrt(children.Average(c => (c.Reciprocity - 1.2) * (c.Reciprocity - 1.2))), 2);
        Assert.Equal(0.5, children.Average(c => c.Base), 2);
        Assert.All(Enumerable.Range(0, 50), _ => Assert.Equal(0, parent.Mutate(ref rng, new DonorMutation { ReciprocityEvolves = false }).Reciprocity));
    }

    [Fact]
    public void The_reciprocity_range_bounds_initial_genes_and_clamped_mutation()
    {
        var rng = new AgoraRandom(6);
        var wide = new DonorMutation { ReciprocityRange = 4 };
        var initial = Enumerable.Range(0, 2000).Select(_ => DonorGenome.RandomParametric(ref rng, wide).Reciprocity).ToArray();
        Assert.All(initial, r => Assert.InRange(r, 0, 4));
        Assert.True(initial.Max() > 3.9 && initial.Min() < 0.1);
        Assert.Equal(2, initial.Average(), 1);
        var near = new DonorGenome(DonorStrategyKind.Parametric, 0.5, 0.45, 0.2, 0.2);
        var clamped = Enumerable.Range(0, 2000).Select(_ => near.Mutate(ref rng, new DonorMutation { ReciprocityRange = 0.5, Bounds = DonorGeneBounds.Clamp }).Reciprocity).ToArray();
        Assert.All(clamped, r => Assert.InRange(r, -0.5, 0.5));
        Assert.Contains(0.5, clamped); // about 31% of draws cross the bound and are clamped to it
        var free = Enumerable.Range(0, 2000).Select(_ => near.Mutate(ref rng, new DonorMutation { ReciprocityRange = 0.5 }).Reciprocity).ToArray();
        Assert.InRange(free.Count(r => r > 0.5), 500, 740); // P(N(0.45, 0.01) > 0.5) = 0.31
        Assert.Throws<ArgumentOutOfRangeException>(() => new DonorMutation { ReciprocityRange = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DonorMutation { Sigma = -0.1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DonorMutation { Sigma = double.NaN });
    }

    [Fact]
    public void Unbiased_mutation_is_centred_on_the_parent_even_at_a_bound_while_clamping_pushes_it_inside()
    {
        // A survivor that gives nothing: base 0, threshold 0, punishment share 0.
        var stingy = new DonorGenome(DonorStrategyKind.Parametric, 0, 0, 0, 0);
        var rng = new AgoraRandom(12);
        var free = Enumerable.Range(0, 20_000).Select(_ => stingy.Mutate(ref rng, new DonorMutation { ReciprocityEvolves = false })).ToArray();
        var clamped = Enumerable.Range(0, 20_000).Select(_ => stingy.Mutate(ref rng, new DonorMutation { ReciprocityEvolves = false, Bounds = DonorGeneBounds.Clamp })).ToArray();
        var reflected = Enumerable.Range(0, 20_000).Select(_ => stingy.Mutate(ref rng, new DonorMutation { ReciprocityEvolves = false, Bounds = DonorGeneBounds.Reflect })).ToArray();
        Assert.Equal(0, free.Average(g => g.Base), 2);
        Assert.Contains(free, g => g.Base < 0);
        // E[max(0, N(0, σ²))] = σ/√(2π) ≈ 0.0399 at σ = 0.1: the clamp alone makes children give.
        Assert.Equal(0.1 / Math.Sqrt(2 * Math.PI), clamped.Average(g => g.Base), 2);
        Assert.All(clamped, g => Assert.InRange(g.Base, 0, 1));
        // E|N(0, σ²)| = σ·√(2/π) ≈ 0.0798: reflection re-seeds twice as much.
        Assert.Equal(0.1 * Math.Sqrt(2 / Math.PI), reflected.Average(g => g.Base), 2);
        Assert.All(reflected, g => Assert.InRange(g.Base, 0, 1));
    }

    [Fact]
    public void Bounded_mutation_draws_the_same_steps_and_then_bounds_each_gene()
    {
        var parent = new DonorGenome(DonorStrategyKind.Parametric, 0.02, 1.95, 0.97, 0.5);
        var sigma = new DonorMutation { Sigma = 0.2 };
        for (ulong seed = 0; seed < 200; seed++)
        {
            var a = new AgoraRandom(seed);
            var b = a;
            var c = a;
            var free = parent.Mutate(ref a, sigma);
            var clamped = parent.Mutate(ref b, sigma with { Bounds = DonorGeneBounds.Clamp });
            var reflected = parent.Mutate(ref c, sigma with { Bounds = DonorGeneBounds.Reflect });
            Assert.Equal(free with { Base = Math.Clamp(free.Base, 0, 1), Reciprocity = Math.Clamp(free.Reciprocity, -2, 2), PunishThreshold = Math.Clamp(free.PunishThreshold, 0, 1), PunishShare = Math.Clamp(free.PunishShare, 0, 1) }, clamped);
            Assert.Equal(free.Base < 0 ? -free.Base : free.Base, reflected.Base, 12);
            Assert.Equal(free.Reciprocity > 2 ? 4 - free.Reciprocity : free.Reciprocity, reflected.Reciprocity, 12);
            Assert.Equal(a.NextUInt64(), b.NextUInt64()); // the same number of draws
        }
    }

    [Theory]
    [InlineData(-0.03, 0, 1, 0.03)]
    [InlineData(1.2, 0, 1, 0.8)]
    [InlineData(2.5, 0, 1, 0.5)]
    [InlineData(-1.3, 0, 1, 0.7)]
    [InlineData(2.3, -2, 2, 1.7)]
    [InlineData(0.4, 0, 1, 0.4)]
    public void Reflection_mirrors_at_each_bound(double gene, double low, double high, double expected) =>
        Assert.Equal(expected, new DonorMutation { Bounds = DonorGeneBounds.Reflect }.Bound(gene, low, high), 12);

    [Theory]
    [InlineData(0.5, 0.5, true)]
    [InlineData(0.5, 0.15, true)]
    [InlineData(0.5, 0.05, false)]
    [InlineData(-3, 0.5, false)] // gives nothing whatever the recipient did
    [InlineData(3, -1, false)] // gives everything whatever the recipient did
    [InlineData(0.05, 0.3, true)] // 0 to a defector, 0.2 to a full giver
    public void An_agent_is_conditional_when_its_clipped_share_depends_on_the_recipient(double baseShare, double reciprocity, bool conditional) =>
        Assert.Equal(conditional, new DonorGenome(DonorStrategyKind.Parametric, baseShare, reciprocity, 0, 0).IsConditional);

    [Fact]
    public void The_decision_clips_genes_that_mutation_carried_outside_their_range()
    {
        var decider = new GenomeDecider(
        [
            new DonorGenome(DonorStrategyKind.Parametric, -0.3, 0, 0, 0),
            new DonorGenome(DonorStrategyKind.Parametric, 1.4, 0, 2, 1.5),
        ]);
        var rng = new AgoraRandom(1);
        var stingy = DonorTrace.Extend(default, new DonorTraceEntry(1, 5, 6, DonorActionKind.Donate, 0, 0));
        DonorAction Decide(int donor, DonorTrace trace, DonorVariant variant) =>
            decider.Decide(new DonorDecisionContext(donor, 5, 10, 10, trace, 1, 1, 2, variant), ref rng);

        Assert.Equal(DonorAction.Donate(0), Decide(0, default, DonorVariant.Plain));
        Assert.Equal(DonorAction.Donate(10), Decide(1, default, DonorVariant.Plain));
        Assert.Equal(new DonorAction(DonorActionKind.Punish, 10), Decide(1, stingy, DonorVariant.CostlyPunishment));

        // With a trace: base + reciprocity·(f − 0.5) is clipped too, and a threshold above 1 punishes even a full giver.
        var traced = new GenomeDecider(
        [
            new DonorGenome(DonorStrategyKind.Parametric, 0.9, 2, 0, 0),
            new DonorGenome(DonorStrategyKind.Parametric, 0.1, 2, 0, 0),
            new DonorGenome(DonorStrategyKind.Parametric, 0.5, 0, 1.2, 0.4),
        ]);
        var generous = DonorTrace.Extend(default, new DonorTraceEntry(1, 5, 6, DonorActionKind.Donate, 10, 1));
        DonorAction DecideTraced(int donor, DonorTrace trace, DonorVariant variant) =>
            traced.Decide(new DonorDecisionContext(donor, 5, 10, 10, trace, 1, 1, 2, variant), ref rng);
        Assert.Equal(DonorAction.Donate(10), DecideTraced(0, generous, DonorVariant.Plain)); // 0.9 + 2·0.5 = 1.9 → 1
        Assert.Equal(DonorAction.Donate(0), DecideTraced(1, stingy, DonorVariant.Plain)); // 0.1 − 2·0.5 = −0.9 → 0
        Assert.Equal(new DonorAction(DonorActionKind.Punish, 4), DecideTraced(2, generous, DonorVariant.CostlyPunishment));
        Assert.Equal(DonorAction.Donate(5), DecideTraced(2, default, DonorVariant.CostlyPunishment)); // no history: base
    }
}
