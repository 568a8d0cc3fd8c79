using System.Text;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Move strings of the ε-greedy tabular Q-learners: hand-derived with ε = 0, and, for the registered ε = 0.1
/// learners, derived turn by turn by a small independent re-computation of the Q update and the ε draws.</summary>
public sealed class TabularQLearnerMoveStringTests
{
    /// <summary>The registered learners whose seeded move strings are derived below.</summary>
    public static readonly string[] Registered = ["Tabular Q: 1, 0.1, 0.9, 0.1", "Tabular Q: 2, 0.1, 0.9, 0.1"];

    /// <summary>A prisoner's dilemma with R, S, T, P = 1, −1, 2, 0: a negative sucker's payoff is what lets a greedy
    /// learner with Q = 0 everywhere ever leave C (with non-negative payoffs no C value falls below an untried D's 0).</summary>
    private static readonly MatrixGame NegativeSuckerPd = NormalFormGames.Symmetric("pd-negative-s", "PD with S < 0", 1, -1, 2, 0, "C", "D", 10);

    [Fact]
    public void Greedy_learner_against_a_defector_tries_c_twice_then_settles_on_d()
    {
        // Memory 1, α = γ = 0.5, ε = 0, Q = 0 everywhere, greedy ties to C. State = last joint move (∅ on turn 0).
        // t0: ∅, C.                        t1: r(C,D) = −1, Q(∅,C) = 0.5·(−1 + 0.5·0) = −0.5; at CD tie → C.
        // t2: r = −1, Q(CD,C) = 0.5·(−1 + 0.5·max(0, 0)) = −0.5; at CD: D (0 > −0.5).
        // t3: r(D,D) = 0, Q(CD,D) = 0.5·(0 + 0.5·max Q(DD)) = 0; at DD tie → C.
        // t4: r(C,D) = −1, Q(DD,C) = 0.5·(−1 + 0.5·max(−0.5, 0)) = −0.5; at CD: D.
        // t5: r = 0, Q(CD,D) stays 0; at DD: D (0 > −0.5). From here every update leaves Q(DD,D) = 0 and D stays greedy.
        Assert.Equal("CCDCDDDDDD", Greedy(new Defector()).Moves[0]);
    }

    [Fact]
    public void Greedy_learner_against_an_alternator_ends_up_copying_it()
    {
        // Memory 1, α = γ = 0.5, ε = 0; the alternator plays C on even turns.
        // t0: C (vs C).  t1: r = 1, Q(∅,C) = 0.5; at CC tie → C (vs D).
        // t2: r(C,D) = −1, Q(CC,C) = 0.5·(−1 + 0) = −0.5; at CD tie → C (vs C).
        // t3: r = 1, Q(CD,C) = 0.5·(1 + 0.5·max(−0.5, 0)) = 0.5; at CC: D (0 > −0.5) (vs D).
        // t4: r(D,D) = 0, Q(CC,D) = 0.5·(0 + 0.5·max Q(DD)) = 0; at DD tie → C (vs C).
        // t5: r = 1, Q(DD,C) = 0.5·(1 + 0.5·max(−0.5, 0)) = 0.5; at CC: D (vs D).
        // t6: r = 0, Q(CC,D) = 0.5·(0 + 0.5·0.5) = 0.125; at DD: C (0.5 > 0) (vs C). From here Q(CC,D) and Q(DD,C) only
        // grow while Q(CC,C) = −0.5 and Q(DD,D) = 0 are never revisited, so D follows CC and C follows DD.
        Assert.Equal("CCCDCDCDCD", Greedy(new Alternator()).Moves[0]);
    }

    [Fact]
    public void Greedy_learner_against_tit_for_tat_never_leaves_c()
    {
        // t0: C. Then every turn is (C,C) with reward 1 > 0, so Q(CC,C) only grows above the untried Q(CC,D) = 0.
        Assert.Equal("CCCCCCCCCC", Greedy(new TitForTat()).Moves[0]);
    }

    [Theory]
    [InlineData(1, "Tit For Tat", 11UL)]
    [InlineData(1, "Alternator", 12UL)]
    [InlineData(1, "Defector", 13UL)]
    [InlineData(2, "Tit For Tat", 21UL)]
    [InlineData(2, "Alternator", 22UL)]
    [InlineData(2, "Defector", 23UL)]
    public void Registered_epsilon_greedy_learner_plays_the_move_string_its_rule_and_seeded_draws_give(int memory, string opponent, ulong seed)
    {
        const int turns = 200;
        string name = $"Tabular Q: {memory}, 0.1, 0.9, 0.1";
        (string own, string other, int explorations) = Derive(memory, opponent, seed, turns);

        MatchResult result = Versus.Play(StrategyRegistry.Create(name), StrategyRegistry.Create(opponent), turns, seed: seed);
        Assert.Equal(own, result.Moves[0]);
        Assert.Equal(other, result.Moves[1]);
        Assert.InRange(explorations, 5, 40); // about ε · 200 = 20 exploring turns: the draws really are exercised
        Assert.Contains('C', own);
        Assert.Contains('D', own);
    }

    private static MatchResult Greedy(Strategy opponent) =>
        new Match(NegativeSuckerPd, new TabularQLearner(1, 0.5, 0.5, 0), opponent, new MatchOptions { Turns = 10 }).Play(0);

    /// <summary>Re-derives the learner's moves with its rule written out plainly: Q is a dictionary keyed by the last
    /// k joint moves as text ("" at the start, shorter while fewer than k turns were played); every turn it first updates
    /// Q(previous state, previous action) += α (r + γ max_a Q(state, a) − Q(previous)), with r the PD payoff (3, 0, 5,
    /// 1) of the last turn, then draws U from its own stream (a match's seat 0 gets <c>AgoraRandom(seed).Split()</c>) and
    /// explores with a uniform <c>NextInt(2)</c> when U &lt; ε, else plays the greedy action (ties to C).</summary>
    private static (string Own, string Other, int Explorations) Derive(int memory, string opponent, ulong seed, int turns)
    {
        const double alpha = 0.1, gamma = 0.9, epsilon = 0.1;
        var matchRandom = new AgoraRandom(seed);
        AgoraRandom random = matchRandom.Split();
        var q = new Dictionary<string, double[]>();
        var own = new StringBuilder();
        var other = new StringBuilder();
        string? previousState = null;
        int previousAction = 0, explorations = 0;
        for (int t = 0; t < turns; t++)
        {
            var state = new StringBuilder();
            for (int i = Math.Max(0, t - memory); i < t; i++)
            {
                state.Append(own[i]).Append(other[i]).Append('|');
            }

            double[] here = Row(q, state.ToString());
            if (previousState is not null)
            {
                double reward = Reward(own[t - 1], other[t - 1]);
                double[] before = Row(q, previousState);
                before[previousAction] += alpha * (reward + (gamma * Math.Max(here[0], here[1])) - before[previousAction]);
            }

            int action;
            if (random.NextDouble() < epsilon)
            {
                action = random.NextInt(2);
                explorations++;
            }
            else
            {
                action = here[1] > here[0] ? 1 : 0;
            }

            (previousState, previousAction) = (state.ToString(), action);
            other.Append(opponent switch
            {
                "Tit For Tat" => t == 0 ? 'C' : own[t - 1],
                "Alternator" => t % 2 == 0 ? 'C' : 'D',
                _ => 'D',
            });
            own.Append(action == 0 ? 'C' : 'D');
        }

        return (own.ToString(), other.ToString(), explorations);
    }

    private static double[] Row(Dictionary<string, double[]> q, string state)
    {
        if (!q.TryGetValue(state, out double[]? row))
        {
            row = new double[2];
            q[state] = row;
        }

        return row;
    }

    private static double Reward(char own, char other) => (own, other) switch
    {
        ('C', 'C') => 3,
        ('C', 'D') => 0,
        ('D', 'C') => 5,
        _ => 1,
    };
}
