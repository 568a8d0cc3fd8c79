using Agora.Core.Environments.Foraging;
using static Agora.Core.Environments.Foraging.ForagingAction;
using static Agora.Core.Tests.Environments.Foraging.ForagingFixture;

namespace Agora.Core.Tests.Environments.Foraging;

/// <summary>The spec's §9 vectors, each checked upstream by executing lb-foraging on the same state.</summary>
public sealed class ForagingRuleTests
{
    [Fact]
    public void Two_level_1_loaders_share_a_level_2_food_and_the_episode_ends_terminated()
    {
        var env = Make([(4, 4, 2)], [(4, 3, 1), (4, 5, 1)]);
        var (rewards, terminated, truncated) = Step(env, Load, Load);
        Assert.Equal([0.5f, 0.5f], rewards);
        Assert.Equal(0, env.FoodAt(4, 4));
        Assert.All(terminated, Assert.True);
        Assert.All(truncated, Assert.False);
    }

    [Fact]
    public void A_failed_load_costs_each_loader_the_penalty_and_leaves_the_food()
    {
        var env = Make(Common with { Penalty = 0.1 }, [(4, 4, 2)], [(4, 3, 1), (0, 0, 1)]);
        var (rewards, terminated, _) = Step(env, Load, None);
        Assert.Equal([-0.1f, 0f], rewards);
        Assert.Equal(2, env.FoodAt(4, 4));
        Assert.False(terminated[0]);
    }

    [Fact]
    public void Unnormalised_rewards_are_level_times_food()
    {
        var env = Make(Common with { NormalizeReward = false }, [(4, 4, 3)], [(4, 3, 1), (3, 4, 2)]);
        Assert.Equal([3f, 6f], Step(env, Load, Load).Rewards);
    }

    [Fact]
    public void Only_adjacent_players_that_load_count_towards_the_food_level()
    {
        var env = Make([(4, 4, 2)], [(4, 3, 1), (4, 5, 1)]);
        Assert.Equal([0f, 0f], Step(env, Load, None).Rewards);
        Assert.Equal(2, env.FoodAt(4, 4));
    }

    [Fact]
    public void Players_may_swap_places()
    {
        var env = Make([(6, 6, 1)], [(2, 2, 1), (2, 3, 1)]);
        Step(env, East, West);
        Assert.Equal([(2, 3), (2, 2)], Positions(env));
    }

    [Fact]
    public void Two_players_claiming_one_cell_both_stay()
    {
        var env = Make([(6, 6, 1)], [(2, 2, 1), (2, 4, 1)]);
        Step(env, East, West);
        Assert.Equal([(2, 2), (2, 4)], Positions(env));
    }

    [Fact]
    public void Chain_collision_puts_two_players_on_one_cell_as_upstream()
    {
        var env = Make([(6, 6, 1)], [(2, 2, 1), (2, 3, 1), (2, 5, 1)]);
        Step(env, East, East, West);
        Assert.Equal([(2, 3), (2, 3), (2, 5)], Positions(env));
    }

    [Fact]
    public void Without_the_overlap_quirk_the_chain_is_blocked()
    {
        var env = Make(Common with { ChainCollisionOverlap = false }, [(6, 6, 1)], [(2, 2, 1), (2, 3, 1), (2, 5, 1)]);
        Step(env, East, East, West);
        Assert.Equal([(2, 2), (2, 3), (2, 5)], Positions(env));
    }

    [Fact]
    public void Moving_into_a_player_that_stays_fails()
    {
        var env = Make([(6, 6, 1)], [(2, 2, 1), (2, 3, 1)]);
        Step(env, East, None);
        Assert.Equal([(2, 2), (2, 3)], Positions(env));
    }

    [Fact]
    public void Valid_actions_ignore_players_but_not_food_or_the_border()
    {
        var env = Make([(1, 1, 1)], [(0, 0, 1), (1, 0, 1)]);
        var masks = new bool[12];
        env.WriteActionMasks(masks);
        Assert.Equal([true, false, true, false, true, false], masks[..6]);
        Assert.Equal([true, true, true, false, false, true], masks[6..]);
        Step(env, None, North);
        Assert.Equal([(0, 0), (1, 0)], Positions(env));
    }

    [Fact]
    public void Invalid_actions_become_none()
    {
        var env = Make([(1, 1, 1)], [(0, 0, 1), (5, 5, 1)]);
        Step(env, North, Load);
        Assert.Equal([(0, 0), (5, 5)], Positions(env));
    }

    [Fact]
    public void Strict_mode_throws_on_invalid_actions_and_out_of_range_actions_always_throw()
    {
        var strict = Make(Common with { InvalidActions = InvalidActionMode.Throw }, [(1, 1, 1)], [(0, 0, 1), (5, 5, 1)]);
        Assert.Throws<InvalidOperationException>(() => Step(strict, North, None));
        var lenient = Make([(1, 1, 1)], [(0, 0, 1), (5, 5, 1)]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Step(lenient, (ForagingAction)6, None));
    }

    [Fact]
    public void The_time_limit_is_reported_as_terminated_by_default()
    {
        var env = Make(Common with { MaxEpisodeSteps = 3 }, [(6, 6, 1)], [(2, 2, 1), (0, 0, 1)]);
        Assert.False(Step(env, None, None).Terminated[0]);
        Assert.False(Step(env, None, None).Terminated[0]);
        var (_, terminated, truncated) = Step(env, None, None);
        Assert.All(terminated, Assert.True);
        Assert.All(truncated, Assert.False);
        Assert.Throws<InvalidOperationException>(() => Step(env, None, None));
    }

    [Fact]
    public void The_time_limit_can_be_reported_as_truncated()
    {
        var env = Make(Common with { MaxEpisodeSteps = 1, TimeLimitAsTerminated = false }, [(6, 6, 1)], [(2, 2, 1), (0, 0, 1)]);
        var (_, terminated, truncated) = Step(env, None, None);
        Assert.All(terminated, Assert.False);
        Assert.All(truncated, Assert.True);
    }

    [Fact]
    public void Clearing_the_last_food_on_the_last_step_is_terminated_even_when_truncation_is_on()
    {
        var env = Make(Common with { MaxEpisodeSteps = 1, TimeLimitAsTerminated = false }, [(4, 4, 2)], [(4, 3, 1), (4, 5, 1)]);
        var (_, terminated, truncated) = Step(env, Load, Load);
        Assert.All(terminated, Assert.True);
        Assert.All(truncated, Assert.False);
    }

    [Fact]
    public void A_loader_next_to_a_food_it_cannot_lift_does_not_block_another_food_case_11a()
    {
        var env = Make([(3, 4, 2), (4, 5, 1)], [(3, 3, 1), (4, 4, 1)]);
        float third = (float)(1.0 / 3.0);
        Assert.Equal([third, third], Step(env, Load, Load).Rewards);
        Assert.Equal(0, env.FoodAt(3, 4));
        Assert.Equal(1, env.FoodAt(4, 5));
    }

    [Fact]
    public void Player_index_load_order_gives_upstreams_majority_outcome_case_11b()
    {
        var env = Make([(3, 4, 1), (4, 5, 2)], [(4, 4, 1), (4, 6, 1)]);
        float third = (float)(1.0 / 3.0);
        Assert.Equal([third, 0f], Step(env, Load, Load).Rewards);
        Assert.Equal(0, env.FoodAt(3, 4));
        Assert.Equal(2, env.FoodAt(4, 5));
    }

    [Fact]
    public void Random_load_order_produces_both_upstream_outcomes_of_case_11b()
    {
        var outcomes = new HashSet<int>();
        for (ulong seed = 0; seed < 40; seed++)
        {
            var env = Make(Common with { LoadOrder = LoadOrder.Random }, [(3, 4, 1), (4, 5, 2)], [(4, 4, 1), (4, 6, 1)]);
            env.Reset(seed);
            env.LoadState(new ForagingState(8, 8, 0, 3, [new(3, 4, 1), new(4, 5, 2)], [new(4, 4, 1), new(4, 6, 1)]));
            Step(env, Load, Load);
            outcomes.Add(env.FoodAt(3, 4) == 0 ? 0 : 1);
        }

        Assert.Equal(2, outcomes.Count);
    }

    [Fact]
    public void Sight_clips_food_but_leaks_players_near_the_top_left_case_12()
    {
        var env = Make(Common with { Sight = 2 }, [(3, 3, 1)], [(0, 0, 1), (4, 4, 2)]);
        Assert.Equal([-1, -1, 0, -1, -1, 0, -1, -1, 0, 0, 0, 1, 4, 4, 2], Observation(env, 0));
    }

    [Fact]
    public void Without_the_visibility_leak_far_players_are_hidden()
    {
        var env = Make(Common with { Sight = 2, PlayerVisibilityLeak = false }, [(3, 3, 1)], [(0, 0, 1), (4, 4, 2)]);
        Assert.Equal([-1, -1, 0, -1, -1, 0, -1, -1, 0, 0, 0, 1, -1, -1, 0], Observation(env, 0));
    }

    [Fact]
    public void Window_coordinates_are_relative_to_the_clipped_window()
    {
        // Player 1 at (5,5) with sight 2 sees rows/cols 3..7; food (3,3) → (0,0); player 0 at (4,6) → (1,3); self at (2,2).
        var env = Make(Common with { Sight = 2 }, [(3, 3, 2), (6, 1, 1)], [(4, 6, 1), (5, 5, 2)]);
        Assert.Equal([0, 0, 2, -1, -1, 0, -1, -1, 0, 2, 2, 2, 1, 3, 1], Observation(env, 1));
    }

    [Fact]
    public void Observations_without_levels_drop_the_player_level_column()
    {
        var env = Make(Common with { ObserveAgentLevels = false }, [(3, 3, 2)], [(0, 0, 1), (4, 4, 2)]);
        Assert.Equal(3 * 3 + 2 * 2, env.ObservationSize);
        Assert.Equal([3, 3, 2, -1, -1, 0, -1, -1, 0, 0, 0, 4, 4], Observation(env, 0));
    }

    [Fact]
    public void Grid_observation_has_agent_food_and_access_layers()
    {
        var env = Make(Common with { Sight = 1, ObservationMode = ForagingObservationMode.Grid }, [(1, 1, 3)], [(0, 0, 1), (0, 1, 2)]);
        float[] obs = Observation(env, 0);
        Assert.Equal(27, obs.Length);
        Assert.Equal([0, 0, 0, 0, 1, 2, 0, 0, 0], obs[..9]);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 3], obs[9..18]);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 1, 0], obs[18..]);
        Assert.True(env.ObservationSpace.Contains(obs));
    }
}
