using System.Runtime.CompilerServices;
using System.Text;
using Agora.Core.Repeated;
using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Tests.Repeated;

/// <summary>Move strings: hand-derived versus tests for the classic rules, and a reviewed snapshot of every registered
/// strategy against a fixed script and against Tit For Tat (regenerate with AGORA_UPDATE_GOLDEN=1 and read the diff).</summary>
public sealed class MoveStringTests
{
    private const string Script = "CDDCCCDCDDDCCDCDCCDD";

    [Theory]
    [InlineData("Cooperator", "D", "CCCC")]
    [InlineData("Defector", "C", "DDDD")]
    [InlineData("Alternator", "C", "CDCDC")]
    [InlineData("Cycler: CCD", "C", "CCDCCD")]
    [InlineData("AntiCycler", "C", "CDDCDCCDCCCD")]
    [InlineData("Tit For Tat", "CD", "CCDCD")]
    [InlineData("Tit For 2 Tats", "DDC", "CCDCCD")]
    [InlineData("Two Tits For Tat", "DCC", "CDDCDD")]
    [InlineData("Suspicious Tit For Tat", "C", "DCCC")]
    [InlineData("Bully", "CD", "DDCD")]
    [InlineData("Grudger", "CCDC", "CCCDDDD")]
    [InlineData("Win-Stay Lose-Shift", "D", "CDCD")]
    [InlineData("Prober", "C", "DCCDDD")]
    [InlineData("Prober", "D", "DCCDD")]
    [InlineData("Handshake", "CD", "CDCCC")]
    [InlineData("Handshake", "C", "CDDD")]
    [InlineData("Second by Tester", "C", "DCCDCD")]
    [InlineData("Second by Tester", "CD", "DCCCD")]
    [InlineData("Gradual", "DCCDCCCCC", "CDCCDDCCC")]
    [InlineData("First by Davis: 10", "D", "CCCCCCCCCCD")]
    [InlineData("Adaptive", "C", "CCCCCCDDDDDD")]
    [InlineData("Soft Go By Majority", "DC", "CDCDC")]
    [InlineData("Hard Go By Majority", "DC", "DDDDD")]
    [InlineData("Hard Tit For Tat", "DCCCC", "CDDDC")]
    [InlineData("Forgetful Grudger", "DCCCCCCCCCCC", "CDDDDDDDDDDC")]
    [InlineData("Soft Grudger", "DCCCCCCC", "CDDDDCCC")]
    [InlineData("Opposite Grudger", "DDC", "DDDC")]
    [InlineData("Aggravater", "C", "DDDCC")]
    [InlineData("Flipped Tit For Tat", "CD", "DDCDC")]
    [InlineData("Dual Tit For Tat", "CD", "DDCDC")]
    [InlineData("Final Tit For Tat: DD", "C", "CCCDD")]
    [InlineData("Initial Grudger: DD", "C", "DDCCC")]
    [InlineData("Grudging Tit For Tat: 2", "DCDCDC", "CDCDCDDD")]
    [InlineData("Apologizing Tit For Tat: D, C", "DC", "CDCDC")]
    [InlineData("Winner12", "CDDC", "CCDDD")]
    [InlineData("Thumper", "DCD", "CDDD")]
    [InlineData("Fictitious Play", "C", "DDD")]
    [InlineData("Appeaser", "D", "CDCD")]
    [InlineData("Doubler", "D", "CDD")]
    [InlineData("Forgiver", "DCCCCCCCCCCC", "CDDDDDDDDDCC")]
    [InlineData("DoubleResurrection", "C", "CCCCCDC")]
    public void Hand_derived_versus_tests(string name, string opponentScript, string expected) =>
        Versus.Check(StrategyRegistry.Create(name), opponentScript, expected);

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
