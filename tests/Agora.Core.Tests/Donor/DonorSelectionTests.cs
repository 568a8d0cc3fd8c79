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
        double[] share = [0.5, 1];

        // Generation 1: every first donation sets the reputation to the share given, and game 2 starts everybody afresh,
        // so each score is the agent's own share.
        game.PlayGeneration(ref decider, 1, ref rng);
        Assert.Equal(4, donors.Count);
        Assert.Equal(0.5, game.ReputationScores[0], 12);
        Assert.Equal(1, game.ReputationScores[1], 12);

        // Generation 2, both survivors: game 1 continues from the end of generation 1 (each still has its share), with
        // d = 0.5; game 2 restarts each from its generation-1 score (again its share).
        donors.Clear();
        game.PlayGeneration(ref decider, 2, ref rng);
        int a = donors[0], b = donors[1];
        Assert.Equal([b, a], donors.Skip(2));
        var rep = (double[])share.Clone();
        rep[a] = ((1 - Math.Abs(share[a] - rep[b])) + (0.5 * rep[a])) / 1.5;
        rep[b] = ((1 - Math.Abs(share[b] - rep[a])) + (0.5 * rep[b])) / 1.5;
        double[] endOfGame1 = (double[])rep.Clone();
        rep = (double[])share.Clone();
        rep[b] = ((1 - Math.Abs(share[b] - rep[a])) + (0.5 * rep[b])) / 1.5;
        rep[a] = ((1 - Math.Abs(share[a] - rep[b])) + (0.5 * rep[a])) / 1.5;
        Assert.Equal((endOfGame1[0] + rep[0]) / 2, game.ReputationScores[0], 12);
        Assert.Equal((endOfGame1[1] + rep[1]) / 2, game.ReputationScores[1], 12);
        Assert.NotEqual(0.5, game.ReputationScores[0], 6);
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

                Array.Clear(reputation); // generation 1: every agent is new, so game 2 starts without reputations
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
    public void Reputation_selection_keeps_the_best_reputations_and_replays_the_notebooks_resets()
    {
        var options = new DonorGameOptions { Selection = DonorSelection.Reputation };
        var rng = new AgoraRandom(5);
        var population = Enumerable.Range(0, 12).Select(i => new DonorGenome(DonorStrategyKind.Parametric, i / 11.0, i % 3, 0, 0)).ToArray();
        var run = new DonorPopulationRun(options, population, new DonorMutation { Sigma = 0 });

        // An independent replay of the notebook's bookkeeping: newcomers start without a reputation; at the start of
        // game 2 newcomers lose theirs and survivors go back to their previous generation's average.
        var reputation = new double?[12];
        var gameOne = new double?[12];
        var average = new double[12];
        var isNew = Enumerable.Repeat(true, 12).ToArray();
        int decisions = 0;
        run.Game.OnDecision = (pair, _, _, _) =>
        {
            double p = run.Game.Traces[pair.Donor][0].Fraction;
            reputation[pair.Donor] = reputation[pair.Donor] is double own ? ((1 - Math.Abs(p - (reputation[pair.Recipient] ?? 0))) + (0.5 * own)) / 1.5 : p;
            decisions++;
            if (decisions % 144 == 72)
            {
                Array.Copy(reputation, gameOne, 12);
                for (int i = 0; i < 12; i++)
                {
                    reputation[i] = isNew[i] ? null : average[i];
                }
            }
            else if (decisions % 144 == 0)
            {
                for (int i = 0; i < 12; i++)
                {
                    double first = gameOne[i] ?? 0;
                    average[i] = reputation[i] is double second ? (first + second) / 2 : first;
                    isNew[i] = false;
                }
            }
        };

        run.Step(1, ref rng, select: true);
        Assert.Equal(average, run.Game.ReputationScores);
        var expected = Enumerable.Range(0, 12).OrderByDescending(i => average[i]).ThenBy(i => i).Take(6).ToArray();
        Assert.Equal(expected, run.Survivors.ToArray());
        Assert.NotEqual(Enumerable.Range(0, 12).OrderByDescending(i => run.Game.Scores[i]).ThenBy(i => i).Take(6).ToArray(), expected); // not the resource ranking

        foreach (int newcomer in Enumerable.Range(0, 12).Except(expected))
        {
            reputation[newcomer] = null;
            isNew[newcomer] = true;
        }

        run.Step(2, ref rng, select: false);
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(average[i], run.Game.ReputationScores[i], 12);
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
