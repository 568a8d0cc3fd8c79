using Agora.Core.Donor;
using Agora.Core.Experiments;
using Agora.Core.Randomness;
using Agora.Core.Testing;

namespace Agora.Core.Tests.Donor;

public sealed class DonorGameTests
{
    [Fact]
    public void Every_agent_meets_one_partner_per_round_and_is_donor_six_times_and_recipient_six_times_per_game()
    {
        var rng = new AgoraRandom(3);
        var schedule = DonorSchedule.Create(12, ref rng);
        Assert.Equal(12, schedule.Rounds);
        var round = new DonorPairing[6];
        for (int game = 0; game < 2; game++)
        {
            var donor = new int[12];
            var recipient = new int[12];
            var gameOnePairs = new HashSet<(int, int)>();
            for (int r = 0; r < 12; r++)
            {
                schedule.Round(game, r, round);
                var seen = new HashSet<int>();
                foreach (var pair in round)
                {
                    Assert.True(seen.Add(pair.Donor) && seen.Add(pair.Recipient), $"an agent appears twice in round {r}");
                    donor[pair.Donor]++;
                    recipient[pair.Recipient]++;
                }

                Assert.Equal(12, seen.Count);
            }

            Assert.All(donor, count => Assert.Equal(6, count));
            Assert.All(recipient, count => Assert.Equal(6, count));
        }
    }

    [Fact]
    public void Game_two_replays_every_pairing_with_roles_reversed()
    {
        var rng = new AgoraRandom(9);
        var schedule = DonorSchedule.Create(8, ref rng);
        var first = new DonorPairing[4];
        var second = new DonorPairing[4];
        for (int r = 0; r < 8; r++)
        {
            schedule.Round(0, r, first);
            schedule.Round(1, r, second);
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(new DonorPairing(first[j].Recipient, first[j].Donor), second[j]);
            }
        }
    }

    [Fact]
    public void A_trace_shows_three_hops_newest_first_in_the_notebooks_words()
    {
        static string Name(int i) => "Agent " + i;
        var trace = default(DonorTrace);
        Assert.Equal("Agent 4 did not have any previous interactions.", trace.Describe(4, Name, 2));
        // Round 1: 3 gives 25% to 2. Round 2: 2 gives 50% to 1. Round 3: 1 gives 10% to 0. Round 4: 0 punishes 5.
        var t3 = DonorTrace.Extend(default, new DonorTraceEntry(1, 3, 2, DonorActionKind.Donate, 2.5, 0.25));
        var t2 = DonorTrace.Extend(t3, new DonorTraceEntry(2, 2, 1, DonorActionKind.Donate, 6, 0.5));
        var t1 = DonorTrace.Extend(t2, new DonorTraceEntry(3, 1, 0, DonorActionKind.Donate, 1.2, 0.1));
        Assert.Equal(
            "In round 3, Agent 1 donated 10.00% of their resources to Agent 0. In round 2, Agent 2 donated 50.00% of their resources to Agent 1. In round 1, Agent 3 donated 25.00% of their resources to Agent 2.",
            t1.Describe(1, Name, 2));
        var t0 = DonorTrace.Extend(t1, new DonorTraceEntry(4, 0, 5, DonorActionKind.Punish, 3, 0.3));
        Assert.Equal(3, t0.Count);
        Assert.Equal(
            "In round 4, Agent 0 punished Agent 5 by spending 3 units to take away 6 units from their resources. In round 3, Agent 1 donated 10.00% of their resources to Agent 0. In round 2, Agent 2 donated 50.00% of their resources to Agent 1.",
            t0.Describe(0, Name, 2));
    }

    [Theory]
    [InlineData(DonorVariant.Plain)]
    [InlineData(DonorVariant.CostlyPunishment)]
    [InlineData(DonorVariant.PartnerChoice)]
    public void Resources_change_exactly_by_the_donations_gain_and_the_punishments_loss(DonorVariant variant)
    {
        var options = new DonorGameOptions { Variant = variant };
        var game = new DonorGame(options);
        double total = options.Agents * options.Endowment;
        var resources = new double[options.Agents];
        Array.Fill(resources, options.Endowment);
        int decisions = 0;
        game.OnDecision = (pair, action, donorAfter, recipientAfter) =>
        {
            double donorBefore = resources[pair.Donor], recipientBefore = resources[pair.Recipient];
            switch (action.Kind)
            {
                case DonorActionKind.Donate:
                    Assert.Equal(donorBefore - action.Amount, donorAfter, 9);
                    Assert.Equal(recipientBefore + (2 * action.Amount), recipientAfter, 9);
                    break;
                case DonorActionKind.Punish:
                    Assert.Equal(donorBefore - action.Amount, donorAfter, 9);
                    Assert.Equal(Math.Max(0, recipientBefore - (2 * action.Amount)), recipientAfter, 9);
                    break;
                default:
                    Assert.Equal(donorBefore, donorAfter);
                    Assert.Equal(recipientBefore, recipientAfter);
                    break;
            }

            resources[pair.Donor] = donorAfter;
            resources[pair.Recipient] = recipientAfter;
            decisions++;
            if (decisions % (options.Agents * options.Agents / 2) == 0)
            {
                Array.Fill(resources, options.Endowment); // the next game starts from the endowment
            }
        };
        var rng = new AgoraRandom(5);
        var population = new DonorGenome[options.Agents];
        for (int i = 0; i < population.Length; i++)
        {
            population[i] = DonorGenome.RandomParametric(ref rng, new DonorMutation()) with { PunishThreshold = 0.6 };
        }

        var decider = new GenomeDecider(population);
        var result = game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(2 * 12 * 6, decisions);
        // Over both games: every unit donated creates (gain − 1) more; every punishment destroys its cost plus the loss.
        double gameTotals = (2 * total) + result.ResourcesGained - result.ResourcesDestroyed;
        Assert.Equal(gameTotals / (2 * options.Agents), result.MeanResources, 9);
    }

    [Fact]
    public void Parametric_agents_reciprocate_and_norms_judge_the_trace()
    {
        var reciprocator = new DonorGenome(DonorStrategyKind.Parametric, Base: 0.5, Reciprocity: 1, PunishThreshold: 0.2, PunishShare: 0.3);
        var decider = new GenomeDecider([reciprocator, DonorGenome.Norm(DonorStrategyKind.SternJudging), DonorGenome.Norm(DonorStrategyKind.ImageScoring)]);
        var rng = new AgoraRandom(1);
        var generous = DonorTrace.Extend(default, new DonorTraceEntry(1, 5, 6, DonorActionKind.Donate, 8, 0.8));
        var stingy = DonorTrace.Extend(default, new DonorTraceEntry(1, 5, 6, DonorActionKind.Donate, 0, 0));
        DonorAction Decide(int donor, DonorTrace trace, DonorVariant variant) =>
            decider.Decide(new DonorDecisionContext(donor, 5, 10, 10, trace, 1, 1, 2, variant), ref rng);

        Assert.Equal(DonorAction.Donate(5), Decide(0, default, DonorVariant.Plain));
        Assert.Equal(8, Decide(0, generous, DonorVariant.Plain).Amount, 9);
        Assert.Equal(new DonorAction(DonorActionKind.Punish, 3), Decide(0, stingy, DonorVariant.CostlyPunishment));
        Assert.Equal(DonorActionKind.Refuse, Decide(0, stingy, DonorVariant.PartnerChoice).Kind);
        // Stern judging: defecting against a bad partner is good, so the defector is helped.
        var justified = DonorTrace.Extend(stingy, new DonorTraceEntry(2, 7, 5, DonorActionKind.Donate, 0, 0));
        Assert.Equal(5, Decide(1, justified, DonorVariant.Plain).Amount, 9);
        Assert.Equal(0, Decide(2, justified, DonorVariant.Plain).Amount);
    }

    [Fact]
    public void A_generation_allocates_nothing_after_warm_up()
    {
        var options = new DonorGameOptions();
        var rng = new AgoraRandom(11);
        var population = new DonorGenome[12];
        for (int i = 0; i < 12; i++)
        {
            population[i] = DonorGenome.RandomParametric(ref rng, new DonorMutation());
        }

        var run = new DonorPopulationRun(options, population, new DonorMutation());
        run.Step(1, ref rng, select: true);
        Assert.Equal(0, AllocationMeter.SmallestOf(() =>
        {
            for (int g = 2; g < 200; g++)
            {
                run.Step(g, ref rng, select: true);
            }
        }));
    }

    [Theory]
    [InlineData("agents", 7L, "even")]
    [InlineData("agents", 0L, "agents")]
    [InlineData("endowment", -1.0, "endowment")]
    [InlineData("reciprocity-range", 0.0, "reciprocity-range")]
    public void Bad_parameters_are_refused_by_name(string key, object value, string named)
    {
        var experiment = new DonorCulturalEvolutionExperiment();
        var plan = new RunPlan(experiment) { Values = new Dictionary<string, IReadOnlyList<object>> { [key] = [value], ["seeds"] = [2L] } };
        var error = Assert.ThrowsAny<Exception>(() => experiment.RunTrial(new TrialContext(plan.Expand()[0].Parameters, 1, new RecordingSink(), default)));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_too_large_for_the_per_generation_quantiles_is_refused_by_name()
    {
        var experiment = new DonorCulturalEvolutionExperiment();
        var plan = new RunPlan(experiment) { Values = new Dictionary<string, IReadOnlyList<object>> { ["seeds"] = [100_000L], ["generations"] = [1000L] } };
        var error = Assert.Throws<ParameterException>(() => experiment.RunTrial(new TrialContext(plan.Expand()[0].Parameters, 1, new RecordingSink(), default)));
        Assert.Equal("seeds", error.Parameter);
        Assert.Contains("'generations'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_survivor_share_that_leaves_nobody_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DonorGameOptions { Agents = 2, SurvivorShare = 0.2 }.Validate());
        Assert.Contains("at least one survivor", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DonorGameOptions { SurvivorShare = 1.0 });
    }

    [Fact]
    public void The_experiment_is_a_pure_function_of_its_seed()
    {
        var experiment = new DonorCulturalEvolutionExperiment();
        var trial = new RunPlan(experiment) { Seed = 4, Values = new Dictionary<string, IReadOnlyList<object>> { ["seeds"] = [3L], ["generations"] = [4L] } }.Expand()[0];
        var a = ExperimentRunner.RunOne(experiment, trial)!;
        var b = ExperimentRunner.RunOne(experiment, trial)!;
        Assert.True(a.Succeeded, a.Error);
        Assert.Equal(a.Scalars, b.Scalars);
        Assert.Equal(a.Summary, b.Summary);
        var summary = a.Summary.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal(8, a.Artifacts.Count); // final population and survivor log per condition
        var log = System.Text.Encoding.UTF8.GetString(a.Artifacts.Single(x => x.Name == "survivors/reciprocity.csv").Content).TrimEnd('\n').Split('\n');
        Assert.Equal("society,generation,rank,score,base,reciprocity,punish_threshold,punish_share", log[0]);
        var rows = log.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        Assert.Equal(3 * 3 * 6, rows.Length); // 3 societies × the 3 generations that select × 6 survivors
        foreach (var group in rows.GroupBy(r => (r[0], r[1])))
        {
            var scores = group.OrderBy(r => r[2]).Select(r => r[3]).ToArray();
            Assert.Equal(scores.OrderDescending(), scores); // rank 1 is the best score
        }

        var quantiles = new[] { "q10", "q25", "median", "q75", "q90" }.Select(q => a.Scalars.Single(x => x.Key == $"resources-{q}/reciprocity" && x.Step == 4).Value).ToArray();
        Assert.Equal(quantiles.Order(), quantiles);
        Assert.Equal(summary["median-final-resources/reciprocity"], quantiles[2]);
        double u = summary["u/reciprocity-raises-resources"];
        Assert.InRange(u, 0, 9); // 3 × 3 society pairs
        Assert.Equal(u > 4.5, summary["z/reciprocity-raises-resources"] > 0);
        Assert.InRange(summary["societies-giving-half/no-reciprocity"], 0, 1);
        Assert.True(summary["final-resources-ci95/reciprocity"] >= 0);
        Assert.InRange(summary["p/reciprocity-raises-cooperative-societies"], 0, 1);
    }

    [Fact]
    public void At_the_defaults_reciprocity_raises_generation_ten_resources_with_p_below_one_percent()
    {
        // The issue's acceptance run: `agora run donor-cultural-evolution` (run seed 0, 100 societies per arm).
        var experiment = new DonorCulturalEvolutionExperiment();
        var result = ExperimentRunner.RunOne(experiment, new RunPlan(experiment).Expand()[0])!;
        Assert.True(result.Succeeded, result.Error);
        var summary = result.Summary.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.True(summary["p/reciprocity-raises-resources"] < 0.01, $"p = {summary["p/reciprocity-raises-resources"]}");
        Assert.True(summary["u/reciprocity-raises-resources"] > 0.6 * 100 * 100);
        Assert.True(summary["final-resources/reciprocity"] > 10 * summary["final-resources/no-reciprocity"]);
        Assert.True(summary["p/reciprocity-raises-cooperative-societies"] < 0.01);
    }

    [Fact]
    public void With_clamped_genes_the_typical_society_gains_nothing_from_reciprocity()
    {
        // docs/donor-game.md: clamping makes mutation re-seed small gifts in the no-reciprocity arm, whose collapsed
        // societies then rank level with the collapsed reciprocal ones; the mean still differs by two orders of magnitude.
        var experiment = new DonorCulturalEvolutionExperiment();
        var plan = new RunPlan(experiment) { Values = new Dictionary<string, IReadOnlyList<object>> { ["gene-bounds"] = ["clamp"] } };
        var result = ExperimentRunner.RunOne(experiment, plan.Expand()[0])!;
        Assert.True(result.Succeeded, result.Error);
        var summary = result.Summary.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.True(summary["p/reciprocity-raises-resources"] > 0.05, $"p = {summary["p/reciprocity-raises-resources"]}");
        Assert.True(summary["final-resources/reciprocity"] > 10 * summary["final-resources/no-reciprocity"]);
    }

    [Theory]
    [InlineData("donor-cultural-evolution")]
    [InlineData("donor-norms")]
    public void Serial_and_parallel_runs_are_identical(string name)
    {
        IExperiment experiment = name == "donor-norms" ? new DonorNormsExperiment() : new DonorCulturalEvolutionExperiment();
        var plan = new RunPlan(experiment)
        {
            Seed = 21,
            TrialsPerPoint = 3,
            Values = new Dictionary<string, IReadOnlyList<object>> { ["seeds"] = [4L], ["generations"] = [5L], ["sigma"] = [0.05, 0.2] },
        };
        var trials = plan.Expand();
        TrialResult[] Run(int jobs)
        {
            var results = new List<TrialResult>();
            ExperimentRunner.Run(experiment, trials, new RunnerOptions { Jobs = jobs }, results.Add);
            return [.. results.OrderBy(r => r.Trial.Index)];
        }

        var serial = Run(1);
        var parallel = Run(3);
        Assert.Equal(6, serial.Length);
        for (int t = 0; t < serial.Length; t++)
        {
            Assert.True(serial[t].Succeeded, serial[t].Error);
            Assert.Equal(serial[t].Summary, parallel[t].Summary);
            Assert.Equal(serial[t].Scalars, parallel[t].Scalars);
        }

        Assert.NotEqual(serial[0].Summary, serial[1].Summary); // replicates draw different societies
    }

    [Theory]
    // actor cooperated?, its partner good?, then the verdict of image scoring, standing, stern judging, shunning
    // (Ohtsuki & Iwasa 2004's second-order assessment table).
    [InlineData(true, true, true, true, true, true)]
    [InlineData(true, false, true, true, false, false)]
    [InlineData(false, true, false, false, false, false)]
    [InlineData(false, false, false, true, true, false)]
    public void Each_norm_judges_the_recipients_last_act_by_its_assessment_table(bool cooperated, bool partnerGood, bool imageScoring, bool standing, bool sternJudging, bool shunning)
    {
        // Hop 1: the partner (agent 6) gave half or nothing to agent 7; nothing older is known, so it counts as good
        // exactly when it cooperated. Hop 0: the recipient being judged (agent 5) gave half or nothing to agent 6.
        var partnerAct = DonorTrace.Extend(default, new DonorTraceEntry(1, 6, 7, DonorActionKind.Donate, partnerGood ? 5 : 0, partnerGood ? 0.5 : 0));
        var trace = DonorTrace.Extend(partnerAct, new DonorTraceEntry(2, 5, 6, DonorActionKind.Donate, cooperated ? 5 : 0, cooperated ? 0.5 : 0));
        Assert.Equal(imageScoring, GenomeDecider.IsGood(DonorStrategyKind.ImageScoring, trace, 0));
        Assert.Equal(standing, GenomeDecider.IsGood(DonorStrategyKind.Standing, trace, 0));
        Assert.Equal(sternJudging, GenomeDecider.IsGood(DonorStrategyKind.SternJudging, trace, 0));
        Assert.Equal(shunning, GenomeDecider.IsGood(DonorStrategyKind.Shunning, trace, 0));
        Assert.True(GenomeDecider.IsGood(DonorStrategyKind.Shunning, default, 0)); // no history counts as good
    }

    [Theory]
    [InlineData("survivor-share", 1.5)]
    [InlineData("survivor-share", 0.0)]
    public void A_survivor_share_outside_zero_one_is_refused_by_name(string key, double value)
    {
        var experiment = new DonorCulturalEvolutionExperiment();
        var error = Assert.ThrowsAny<Exception>(() => new RunPlan(experiment) { Values = new Dictionary<string, IReadOnlyList<object>> { [key] = [value], ["seeds"] = [2L] } }.Expand());
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
