using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

public sealed class StrategyRegistryTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (StrategyRegistration registration in StrategyRegistry.All)
        {
            data.Add(registration.Name);
        }

        return data;
    }

    [Fact]
    public void The_zoo_has_at_least_one_hundred_uniquely_named_strategies()
    {
        Assert.True(StrategyRegistry.All.Count >= 100, $"{StrategyRegistry.All.Count} strategies");
        Assert.Equal(StrategyRegistry.All.Count, StrategyRegistry.All.Select(r => StrategyRegistry.Key(r.Name)).Distinct().Count());
    }

    [Theory]
    [InlineData("tit for tat", "Tit For Tat")]
    [InlineData("TITFORTAT", "Tit For Tat")]
    [InlineData("  gtft:0.33 ", "GTFT: 0.33")]
    [InlineData("first by davis:10", "First by Davis: 10")]
    public void Names_match_case_and_space_insensitively(string query, string name) => Assert.Equal(name, StrategyRegistry.Create(query).Name);

    [Fact]
    public void An_unknown_name_is_refused_by_name()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => StrategyRegistry.Create("Tit For Nothing"));
        Assert.Contains("Tit For Nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_tournament_and_the_classic_set_are_all_registered()
    {
        string[] required =
        [
            "Tit For Tat", "First by Tideman and Chieruzzi: (D, D)", "First by Nydegger", "First by Grofman", "First by Shubik",
            "First by Stein and Rapoport: 0.05: (D, D)", "Grudger", "First by Davis: 10", "First by Graaskamp: 0.05", "First by Downing",
            "First by Feld: 1.0, 0.5, 200", "First by Joss: 0.9", "First by Tullock", "First by Anonymous", "Random: 0.5",
            "Cooperator", "Defector", "Alternator", "Cycler: CCD", "Tit For 2 Tats", "Two Tits For Tat", "Suspicious Tit For Tat", "GTFT: 0.33",
            "Win-Stay Lose-Shift", "Gradual", "Prober", "Adaptive", "Handshake", "Soft Go By Majority: 10", "Second by Tester",
            "ZD-Extort-2: 0.1111111111111111, 0.5", "ZD-GTFT-2: 0.25, 0.5", "ZD-Extort-4: 0.23529411764705882, 0.25, 1", "ZD-SET-2: 0.25, 0.0, 2",
        ];
        Assert.All(required, name => Assert.True(StrategyRegistry.TryGet(name, out var found) && found.Name == name, name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Clones_replay_the_same_match_from_the_same_seed(string name)
    {
        Strategy original = StrategyRegistry.Create(name);
        MatchResult first = Versus.Play(original, new RandomStrategy(0.7), 60, seed: 11, noise: 0.05);
        MatchResult again = Versus.Play(original.Clone(), new RandomStrategy(0.7), 60, seed: 11, noise: 0.05);
        MatchResult reused = Versus.Play(original, new RandomStrategy(0.7), 60, seed: 11, noise: 0.05);
        Assert.Equal(first.Moves, again.Moves);
        Assert.Equal(first.Moves, reused.Moves);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Deterministic_strategies_draw_no_random_numbers(string name)
    {
        Strategy strategy = StrategyRegistry.Create(name);
        if (strategy.Info.Stochastic)
        {
            return;
        }

        // Play the same deterministic match twice with different seeds: the moves must agree.
        Strategy Opponent() => ScriptedStrategy.Of("CDDCCCDCDDDCCDCDCCDD");
        Assert.Equal(Versus.Play(strategy, Opponent(), 40, seed: 1).Moves, Versus.Play(StrategyRegistry.Create(name), Opponent(), 40, seed: 99).Moves);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_strategy_plays_every_two_by_two_game_and_rock_paper_scissors_when_it_can(string name)
    {
        foreach (string id in new[] { "akata-bos", "stag-hunt", "rg-17" })
        {
            Assert.True(GameRegistry.TryGet(id, out IGame? game));
            MatchResult result = new Match((MatrixGame)game, StrategyRegistry.Create(name), new TitForTat(), new MatchOptions { Turns = 30 }).Play(2);
            Assert.Equal(30, result.Turns);
        }
    }

    [Fact]
    public void Stochastic_flags_agree_with_behaviour_for_a_few_strategies()
    {
        Assert.False(new RandomStrategy(1).Info.Stochastic);
        Assert.True(new RandomStrategy(0.3).Info.Stochastic);
        Assert.False(new MemoryOnePlayer([1, 0, 1, 0]).Info.Stochastic);
        Assert.Equal(0, new MemoryOnePlayer([1, 1, 1, 1]).Info.MemoryDepth);
        Assert.Equal("Generic Memory One Player: (1.0, 0.0, 1.0, 0.0), C", new MemoryOnePlayer([1, 0, 1, 0]).Name);
    }

    [Fact]
    public void Strategy_agent_plays_through_the_environment_as_the_match_engine_does()
    {
        MatrixGame game = NormalFormGames.PrisonersDilemma(rounds: 12);
        var env = new Agora.Core.Environments.GameEnv(game);
        var agents = new[] { new StrategyAgent(new TitForTat(), game, 0), new StrategyAgent(new Alternator(), game, 1) };
        env.Reset(0);
        agents[0].Reset(1);
        agents[1].Reset(2);
        var observations = new float[env.NumAgents * env.ObservationSize];
        var masks = new bool[env.NumAgents * env.NumActions];
        var rewards = new float[env.NumAgents];
        var terminated = new bool[env.NumAgents];
        var truncated = new bool[env.NumAgents];
        var actions = new int[2];
        var moves = new System.Text.StringBuilder();
        for (int t = 0; t < 12; t++)
        {
            env.WriteObservations(observations);
            env.WriteActionMasks(masks);
            for (int seat = 0; seat < 2; seat++)
            {
                agents[seat].Act(observations.AsSpan(seat * env.ObservationSize, env.ObservationSize), masks.AsSpan(seat * env.NumActions, env.NumActions), actions.AsSpan(seat, 1));
            }

            moves.Append(actions[0] == 0 ? 'C' : 'D');
            env.Step(actions, rewards, terminated, truncated);
        }

        Assert.Equal(Versus.Play(new TitForTat(), new Alternator(), 12).Moves[0], moves.ToString());
    }
}
