using Agora.Core.Agents;
using Agora.Core.Environments.Foraging;

namespace Agora.Core.Tests.Environments.Foraging;

public sealed class ForagingHeuristicAgentTests
{
    // 8x8, two players, two foods: [food0 (y, x, level), food1, self (y, x, level), other (y, x, level)].
    private static readonly ForagingOptions Options = ForagingId.Parse("Foraging-8x8-2p-2f-v3");

    private static readonly bool[] AllValid = [true, true, true, true, true, true];

    private static int Act(ForagingHeuristic heuristic, float[] observation, bool[]? mask = null, ulong seed = 0)
    {
        var agent = new ForagingHeuristicAgent(heuristic, Options, seed);
        var actions = new int[1];
        agent.Act(observation, mask ?? AllValid, actions);
        return actions[0];
    }

    private const int North = 1, South = 2, West = 3, East = 4, Load = 5;

    [Fact]
    public void H1_heads_for_the_closest_food_and_loads_next_to_it()
    {
        // Self (3, 3); foods (1, 3) at squared distance 4 and (3, 6) at 9.
        float[] obs = [1, 3, 2, 3, 6, 1, 3, 3, 1, 6, 6, 1];
        Assert.Equal(North, Act(ForagingHeuristic.H1, obs));
        Assert.Equal(Load, Act(ForagingHeuristic.H1, [2, 3, 2, 3, 6, 1, 3, 3, 1, 6, 6, 1]));
        // North blocked: south, east and west do not close the gap, so a random valid action (only None is left).
        Assert.Equal(0, Act(ForagingHeuristic.H1, obs, [true, false, false, false, false, false]));
    }

    [Fact]
    public void Moves_try_north_south_east_west_in_that_order()
    {
        // Target (5, 6) from (3, 3): south comes before east; with south blocked, east.
        float[] obs = [5, 6, 1, -1, -1, 0, 3, 3, 1, -1, -1, 0];
        Assert.Equal(South, Act(ForagingHeuristic.H1, obs));
        Assert.Equal(East, Act(ForagingHeuristic.H1, obs, [true, true, false, true, true, false]));
        Assert.Equal(West, Act(ForagingHeuristic.H1, [1, 0, 1, -1, -1, 0, 1, 3, 1, -1, -1, 0]));
    }

    [Fact]
    public void Ties_go_to_the_first_food_in_row_major_order()
    {
        // Foods (1, 3) and (3, 5) are both at squared distance 4 from (3, 3).
        Assert.Equal(North, Act(ForagingHeuristic.H1, [1, 3, 1, 3, 5, 1, 3, 3, 1, -1, -1, 0]));
    }

    [Fact]
    public void H3_skips_food_above_its_own_level()
    {
        // The closer food has level 2 > 1; H3 goes east to (3, 6).
        Assert.Equal(East, Act(ForagingHeuristic.H3, [1, 3, 2, 3, 6, 1, 3, 3, 1, 6, 6, 1]));
    }

    [Fact]
    public void H2_and_H4_start_from_the_rounded_centre_of_the_visible_players()
    {
        // Players (3, 3) and (5, 5): centre (4, 4). Food (1, 3) is at 9 + 1 = 10 from it, (6, 5) at 4 + 1 = 5.
        float[] obs = [1, 3, 2, 6, 5, 3, 3, 3, 1, 5, 5, 1];
        Assert.Equal(South, Act(ForagingHeuristic.H2, obs));
        // H4 caps the level at the players' sum, 2: (6, 5) has level 3, so it goes to (1, 3).
        Assert.Equal(North, Act(ForagingHeuristic.H4, obs));
        // Centre (2.5, 4.5) rounds half to even: (2, 4). Food (2, 0) is at 16 from it, food (0, 6) at 4 + 4 = 8.
        Assert.Equal(North, Act(ForagingHeuristic.H2, [2, 0, 1, 0, 6, 1, 2, 4, 1, 3, 5, 1]));
        // An invisible other player (−1, −1) is not part of the centre: from (3, 3) alone, food (1, 3) is closest.
        Assert.Equal(North, Act(ForagingHeuristic.H2, [1, 3, 1, 6, 6, 1, 3, 3, 1, -1, -1, 0]));
    }

    [Fact]
    public void Without_food_in_sight_it_picks_a_random_valid_action()
    {
        float[] obs = [-1, -1, 0, -1, -1, 0, 3, 3, 1, -1, -1, 0];
        var seen = new HashSet<int>();
        for (ulong seed = 0; seed < 200; seed++)
        {
            seen.Add(Act(ForagingHeuristic.H1, obs, [true, false, true, false, true, false], seed));
        }

        Assert.Equal([0, 2, 4], seen.Order());
    }

    [Fact]
    public void Grid_observations_or_hidden_levels_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new ForagingHeuristicAgent(ForagingHeuristic.H1, Options with { ObservationMode = ForagingObservationMode.Grid }));
        Assert.Throws<ArgumentException>(() => new ForagingHeuristicAgent(ForagingHeuristic.H1, Options with { ObserveAgentLevels = false }));
        // Built for one food slot but handed a two-food observation: refused, naming the sizes.
        var agent = new ForagingHeuristicAgent(ForagingHeuristic.H1, Options with { MaxNumFood = 1 });
        var error = Assert.Throws<ArgumentException>(() => agent.Act(new float[12], AllValid, new int[1]));
        Assert.Contains("9 observation floats", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ForagingHeuristic.H1)]
    [InlineData(ForagingHeuristic.H3)]
    public void In_the_environment_heuristic_players_collect_half_as_much_again_as_random_ones(ForagingHeuristic heuristic)
    {
        double Collected(IAgent agent)
        {
            var env = new ForagingEnv(Options);
            var obs = new float[env.NumAgents * env.ObservationSize];
            var masks = new bool[env.NumAgents * 6];
            var actions = new int[env.NumAgents];
            var rewards = new float[env.NumAgents];
            var terminated = new bool[env.NumAgents];
            var truncated = new bool[env.NumAgents];
            double total = 0;
            for (ulong episode = 0; episode < 100; episode++)
            {
                env.Reset(episode);
                agent.Reset(episode);
                while (!env.IsOver)
                {
                    env.WriteObservations(obs);
                    env.WriteActionMasks(masks);
                    agent.Act(obs, masks, actions);
                    env.Step(actions, rewards, terminated, truncated);
                    total += rewards.Sum();
                }
            }

            return total;
        }

        double heuristicTotal = Collected(new ForagingHeuristicAgent(heuristic, Options));
        double randomTotal = Collected(new RandomAgent());
        Assert.True(heuristicTotal > 1.5 * randomTotal, $"{heuristic} collected {heuristicTotal}, random {randomTotal}");
    }
}
