using Agora.Core.Evolution;
using Agora.Core.Games;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Evolution;

public sealed class AtomicMutationTests
{
    [Fact]
    public void A_lookup_table_mutant_differs_in_one_response_and_plays_its_new_table()
    {
        // Axelrod's "LookerUp" default is Tit For Tat as a table: opponent's last C → C, D → D.
        var tft = LookerUp.Library().First()();
        Assert.Equal("CD", tft.Pattern);
        var seen = new HashSet<string>();
        var random = new AgoraRandom(1);
        for (int i = 0; i < 20; i++)
        {
            var mutant = (LookerUp)AtomicMutation.Mutate(tft, ref random);
            seen.Add(mutant.Pattern);
            Assert.Equal($"LookerUp: 0, 1, 0, {mutant.Pattern}, C", mutant.Name);
        }

        Assert.Equal(["CC", "DD"], seen.Order());
        // "DD" answers everything after the opening C with D: against Cooperator it plays C then D forever.
        var grim = new LookerUp("LookerUp: 0, 1, 0, DD, C", 0, 1, 0, "DD", "C");
        var result = new Match(NormalFormGames.PrisonersDilemma(), grim, new Cooperator(), new MatchOptions { Turns = 5 }).Play(0);
        Assert.Equal("CDDDD", result.Moves[0]);
    }

    [Fact]
    public void A_moran_process_of_lookup_tables_evolves_new_tables()
    {
        Strategy[] players = [.. LookerUp.Library().Take(3).Select(f => (Strategy)f()), new Cycler("CD")];
        var options = new MoranOptions { Match = new MatchOptions { Turns = 20 }, MutationRate = 0.5, Mutation = MutationMethod.Atomic, MaxGenerations = 50 };
        MoranResult result = new MoranProcess(players, options, seed: 3).Run();
        Assert.Equal(50, result.Generations);
        Assert.Contains(result.Types, t => t.StartsWith("LookerUp: ", StringComparison.Ordinal));
        Assert.Throws<NotSupportedException>(() =>
        {
            var r = new AgoraRandom(0);
            AtomicMutation.Mutate(new TitForTat(), ref r);
        });
    }
}
