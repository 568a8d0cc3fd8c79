using Agora.Core.Donor;
using Agora.Core.Randomness;

namespace Agora.Core.Tests.Donor;

public sealed class DonorSelectionTests
{
    private static DonorGenome Giver(double share) => new(DonorStrategyKind.Parametric, share, 0, 0, 0);

    [Fact]
    public void Two_agents_reputations_follow_the_notebooks_update_by_hand()
    {
        // Agent 0 always gives half, agent 1 everything. With two agents a game is two donations: A gives, then B.
        var game = new DonorGame(new DonorGameOptions { Agents = 2 });
        var donors = new List<int>();
        game.OnDecision = (pair, _, _, _) => donors.Add(pair.Donor);
        var decider = new GenomeDecider([Giver(0.5), Giver(1)]);
        var rng = new AgoraRandom(3);
        game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(4, donors.Count);
        int a = donors[0], b = donors[1];
        double[] share = [0.5, 1];
        // Game 1: each agent's first donation sets its reputation to the share it gave.
        double[] endOfGame1 = [share[0], share[1]];
        // Game 2 reverses the roles: B gives to A, then A to B; d = 0.5.
        double repB = ((1 - Math.Abs(share[b] - share[a])) + (0.5 * share[b])) / 1.5;
        double repA = ((1 - Math.Abs(share[a] - repB)) + (0.5 * share[a])) / 1.5;
        var endOfGame2 = new double[2];
        endOfGame2[a] = repA;
        endOfGame2[b] = repB;
        Assert.Equal([b, a], donors.Skip(2));
        Assert.Equal((endOfGame1[0] + endOfGame2[0]) / 2, game.ReputationScores[0], 12);
        Assert.Equal((endOfGame1[1] + endOfGame2[1]) / 2, game.ReputationScores[1], 12);
    }

    [Fact]
    public void Twelve_agents_reputations_match_an_independent_replay_of_the_decisions()
    {
        var rng = new AgoraRandom(9);
        var population = Enumerable.Range(0, 12).Select(i => new DonorGenome(DonorStrategyKind.Parametric, i / 11.0, 1.5, 0.2, 0.3)).ToArray();
        var game = new DonorGame(new DonorGameOptions { Variant = DonorVariant.CostlyPunishment, ReputationDiscount = 0.25 });
        var reputation = new double?[12];
        var sums = new double[12];
        int decisions = 0;
        game.OnDecision = (pair, action, _, _) =>
        {
            if (action.Kind == DonorActionKind.Donate)
            {
                double p = game.Traces[pair.Donor][0].Fraction;
                double other = reputation[pair.Recipient] ?? 0;
                reputation[pair.Donor] = reputation[pair.Donor] is double own ? ((1 - Math.Abs(p - other)) + (0.25 * own)) / 1.25 : p;
            }

            if (++decisions % 72 == 0)
            {
                for (int i = 0; i < 12; i++)
                {
                    sums[i] += (reputation[i] ?? 0) / 2;
                }
            }
        };
        var decider = new GenomeDecider(population);
        game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(144, decisions);
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(sums[i], game.ReputationScores[i], 12);
        }

        Assert.Contains(game.ReputationScores, r => r > 0 && r < 1);
    }

    [Fact]
    public void Reputation_selection_keeps_the_best_reputations_survivors_keep_theirs_and_newcomers_start_without_one()
    {
        var options = new DonorGameOptions { Selection = DonorSelection.Reputation };
        var rng = new AgoraRandom(5);
        var population = Enumerable.Range(0, 12).Select(i => new DonorGenome(DonorStrategyKind.Parametric, i / 11.0, i % 3, 0, 0)).ToArray();
        var run = new DonorPopulationRun(options, population, new DonorMutation { Sigma = 0 });
        var reputation = new double?[12];
        var sums = new double[12];
        int decisions = 0;
        run.Game.OnDecision = (pair, _, _, _) =>
        {
            double p = run.Game.Traces[pair.Donor][0].Fraction;
            reputation[pair.Donor] = reputation[pair.Donor] is double own ? ((1 - Math.Abs(p - (reputation[pair.Recipient] ?? 0))) + (0.5 * own)) / 1.5 : p;
            if (++decisions % 72 == 0)
            {
                for (int i = 0; i < 12; i++)
                {
                    sums[i] += (reputation[i] ?? 0) / 2;
                }
            }
        };

        run.Step(1, ref rng, select: true);
        var reputations = run.Game.ReputationScores.ToArray();
        var expected = Enumerable.Range(0, 12).OrderByDescending(i => reputations[i]).ThenBy(i => i).Take(6).ToArray();
        Assert.Equal(expected, run.Survivors.ToArray());
        Assert.NotEqual(Enumerable.Range(0, 12).OrderByDescending(i => run.Game.Scores[i]).ThenBy(i => i).Take(6).ToArray(), expected); // not the resource ranking

        // Generation 2: survivors carry their reputations on; newcomers have none until they first donate.
        foreach (int newcomer in Enumerable.Range(0, 12).Except(expected))
        {
            reputation[newcomer] = null;
        }

        Array.Clear(sums);
        run.Step(2, ref rng, select: false);
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(sums[i], run.Game.ReputationScores[i], 12);
        }
    }

    [Fact]
    public void Random_selection_ignores_scores_and_keeps_each_agent_half_the_time()
    {
        var evolution = new DonorEvolution(new DonorGameOptions { Selection = DonorSelection.Random });
        var top = new DonorEvolution(new DonorGameOptions());
        double[] scores = [5, 11, 0, 7, 30, 2, 9, 1, 12, 3, 20, 8];
        var rng = new AgoraRandom(13);
        Assert.Equal([4, 10, 8, 1, 6, 11], top.Rank(scores, ref rng)[..6].ToArray());
        var kept = new int[12];
        const int Trials = 4000;
        for (int t = 0; t < Trials; t++)
        {
            var ranked = evolution.Rank(scores, ref rng);
            Assert.Equal(Enumerable.Range(0, 12), ranked.ToArray().Order());
            foreach (int agent in ranked[..6])
            {
                kept[agent]++;
            }
        }

        // Binomial(4000, 1/2): sd ≈ 31.6, so ±160 is five standard deviations.
        Assert.All(kept, k => Assert.InRange(k, 2000 - 160, 2000 + 160));
    }
}
