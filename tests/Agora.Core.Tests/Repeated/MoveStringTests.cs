using System.Runtime.CompilerServices;
using System.Text;
using Agora.Core.Games;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Move strings: hand-derived versus tests for the classic rules, and a reviewed snapshot of every registered
/// strategy against a fixed script and against Tit For Tat (regenerate with AGORA_UPDATE_GOLDEN=1 and read the diff).</summary>
public sealed class MoveStringTests
{
    private const string Script = "CDDCCCDCDDDCCDCDCCDD";

    /// <summary>Hand-derived versus tests: strategy, the opponent's cycling script, the strategy's expected moves (C/D
    /// for action 0/1) and the game.</summary>
    public static TheoryData<string, string, string, string> HandDerived() => new()
    {
        { "Cooperator", "D", "CCCC", "pd" },
        { "Defector", "C", "DDDD", "pd" },
        { "Alternator", "C", "CDCDC", "pd" },
        { "Cycler: CCD", "C", "CCDCCD", "pd" },
        { "AntiCycler", "C", "CDDCDCCDCCCD", "pd" },
        { "Tit For Tat", "CD", "CCDCD", "pd" },
        { "Tit For 2 Tats", "DDC", "CCDCCD", "pd" },
        { "Two Tits For Tat", "DCC", "CDDCDD", "pd" },
        { "Suspicious Tit For Tat", "C", "DCCC", "pd" },
        { "Bully", "CD", "DDCD", "pd" },
        { "Grudger", "CCDC", "CCCDDDD", "pd" },
        { "Win-Stay Lose-Shift", "D", "CDCD", "pd" },
        { "Prober", "C", "DCCDDD", "pd" },
        { "Prober", "D", "DCCDD", "pd" },
        { "Handshake", "CD", "CDCCC", "pd" },
        { "Handshake", "C", "CDDD", "pd" },
        { "Second by Tester", "C", "DCCDCD", "pd" },
        { "Second by Tester", "CD", "DCCCD", "pd" },
        { "Gradual", "DCCDCCCCC", "CDCCDDCCC", "pd" },
        { "First by Davis: 10", "D", "CCCCCCCCCCD", "pd" },
        { "Adaptive", "C", "CCCCCCDDDDDD", "pd" },
        { "Soft Go By Majority", "DC", "CDCDC", "pd" },
        { "Hard Go By Majority", "DC", "DDDDD", "pd" },
        { "Hard Tit For Tat", "DCCCC", "CDDDC", "pd" },
        { "Forgetful Grudger", "DCCCCCCCCCCC", "CDDDDDDDDDDC", "pd" },
        { "Soft Grudger", "DCCCCCCC", "CDDDDCCC", "pd" },
        { "Opposite Grudger", "DDC", "DDDC", "pd" },
        { "Aggravater", "C", "DDDCC", "pd" },
        { "Flipped Tit For Tat", "CD", "DDCDC", "pd" },
        { "Dual Tit For Tat", "CD", "DDCDC", "pd" },
        { "Final Tit For Tat: DD", "C", "CCCDD", "pd" },
        { "Initial Grudger: DD", "C", "DDCCC", "pd" },
        { "Grudging Tit For Tat: 2", "DCDCDC", "CDCDCDDD", "pd" },
        { "Apologizing Tit For Tat: D, C", "DC", "CDCDC", "pd" },
        { "Winner12", "CDDC", "CCDDD", "pd" },
        { "Thumper", "DCD", "CDDD", "pd" },
        { "Fictitious Play", "C", "DDD", "pd" },
        { "Appeaser", "D", "CDCD", "pd" },
        { "Doubler", "D", "CDD", "pd" },
        { "Forgiver", "DCCCCCCCCCCC", "CDDDDDDDDDCC", "pd" },
        { "DoubleResurrection", "C", "CCCCCDC", "pd" },
        { "HTFT", "CCCCDCCCC", "DDCCCDDDC", "pd" }, // F while it knows fewer than two opponent moves (Akata's logs)
        { "HTFT Friendly", "CCCCDCCCC", "CCCCCDDDC", "pd" },
        { "Alternating Courteous", "C", "CDCD", "pd" }, // the PD opponent likes CC (3) more than DD (1): start with C
        { "Alternating Courteous", "C", "DCDC", "akata-bos" }, // as seat 0 in BoS the opponent prefers F (10 > 7)
        { "Predict Then Best Respond: 1", "CD", "DDDD", "pd" }, // D is dominant, whatever it predicts
        // BoS, seat 0: J is the best response to uniform play (10 > 7) and each option answers itself. Against J J F …
        // order 1 only ever sees J at least as often as F after a J (ties go to J), so it never predicts F; order 2
        // learns that J J is followed by F from turn 6 on.
        { "Predict Then Best Respond: 1", "CCD", "CCCCCCCCC", "akata-bos" },
        { "Predict Then Best Respond: 2", "CCD", "CCCCCDCCD", "akata-bos" },
        { "Predict Then Best Respond: 2", "CD", "CCCDCDCDCD", "akata-bos" },
    };

    [Theory]
    [MemberData(nameof(HandDerived))]
    public void Hand_derived_versus_tests(string name, string opponentScript, string expected, string game)
    {
        Assert.True(GameRegistry.TryGet(game, out IGame? found));
        Versus.Check(StrategyRegistry.Create(name), opponentScript, expected, game == "pd" ? null : (MatrixGame)found);
    }

    [Fact]
    public void Every_registered_strategy_matches_its_reviewed_move_strings()
    {
        string actual = Snapshot();
        string path = SnapshotPath();
        if (Environment.GetEnvironmentVariable("AGORA_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string Snapshot()
    {
        var text = new StringBuilder();
        text.Append("# strategy | vs script ").Append(Script).Append(" (seed 0) | vs Tit For Tat (seed 0), 20 turns of pd\n");
        foreach (StrategyRegistration registration in StrategyRegistry.All)
        {
            MatchResult scripted = Versus.Play(registration.Create(), ScriptedStrategy.Of(Script), 20);
            MatchResult tft = Versus.Play(registration.Create(), new TitForTat(), 20);
            text.Append(registration.Name).Append(" | ").Append(scripted.Moves[0]).Append(" | ").Append(tft.Moves[0]).Append(' ').Append(tft.Moves[1]).Append('\n');
        }

        return text.ToString();
    }

    private static string SnapshotPath([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "strategy-moves.txt");
}
