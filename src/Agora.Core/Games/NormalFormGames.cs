namespace Agora.Core.Games;

/// <summary>The named normal-form games of the registry, each at its default match length.</summary>
/// <remarks>
/// Axelrod-style games default to 200 turns (Axelrod's <c>DEFAULT_TURNS</c>); Akata et al.'s games to 10 rounds.
/// Action 0 is the cooperative action (C, or J in Akata's labels), so strategies written for C/D play every 2×2 game.
/// </remarks>
public static class NormalFormGames
{
    /// <summary>Axelrod's default match length.</summary>
    public const int AxelrodTurns = 200;

    /// <summary>Akata et al.'s match length.</summary>
    public const int AkataRounds = 10;

    /// <summary>Axelrod's prisoner's dilemma, R,P,S,T = 3,1,0,5 (<c>pd</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame PrisonersDilemma(int rounds = AxelrodTurns) => MatrixGame.PrisonersDilemma(rounds);

    /// <summary>Akata et al.'s prisoner's dilemma: JJ 8/8, JF 0/10, FJ 10/0, FF 5/5 (<c>akata-pd</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame AkataPrisonersDilemma(int rounds = AkataRounds) =>
        Symmetric("akata-pd", "Akata prisoner's dilemma (8/0/10/5)", 8, 0, 10, 5, "J", "F", rounds);

    /// <summary>Akata et al.'s battle of the sexes: JJ 10/7, FF 7/10, 0/0 otherwise; player 1 prefers J (<c>akata-bos</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame AkataBattleOfTheSexes(int rounds = AkataRounds) => new(
        "akata-bos", "Akata battle of the sexes (10/7)", new double[,] { { 10, 0 }, { 0, 7 } }, new double[,] { { 7, 0 }, { 0, 10 } }, ["J", "F"], ["J", "F"], rounds);

    /// <summary>Stag hunt, ordinal (Robinson–Goforth #78): CC 4/4, CD 1/3, DC 3/1, DD 2/2 (<c>stag-hunt</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame StagHunt(int rounds = AxelrodTurns) => Symmetric("stag-hunt", "Stag hunt", 4, 1, 3, 2, "C", "D", rounds);

    /// <summary>Chicken, ordinal (Robinson–Goforth #12): CC 3/3, CD 2/4, DC 4/2, DD 1/1 (<c>chicken</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame Chicken(int rounds = AxelrodTurns) => Symmetric("chicken", "Chicken", 3, 2, 4, 1, "C", "D", rounds);

    /// <summary>Harmony, ordinal (Robinson–Goforth #122): CC 4/4, CD 3/2, DC 2/3, DD 1/1 (<c>harmony</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame Harmony(int rounds = AxelrodTurns) => Symmetric("harmony", "Harmony", 4, 3, 2, 1, "C", "D", rounds);

    /// <summary>Deadlock, ordinal (Robinson–Goforth #56): CC 2/2, CD 1/4, DC 4/1, DD 3/3 (<c>deadlock</c>).</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame Deadlock(int rounds = AxelrodTurns) => Symmetric("deadlock", "Deadlock", 2, 1, 4, 3, "C", "D", rounds);

    /// <summary>Matching pennies (<c>matching-pennies</c>), zero-sum, actions H/T.</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame MatchingPennies(int rounds = AxelrodTurns) => MatrixGame.MatchingPennies(rounds);

    /// <summary>Rock–paper–scissors (<c>rps</c>): win 1, lose −1, draw 0; actions R, P, S.</summary>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The zero-sum 3×3 game.</returns>
    public static MatrixGame RockPaperScissors(int rounds = AxelrodTurns) => new(
        "rps", "Rock-paper-scissors", new double[,] { { 0, -1, 1 }, { 1, 0, -1 }, { -1, 1, 0 } }, new double[,] { { 0, 1, -1 }, { -1, 0, 1 }, { 1, -1, 0 } }, ["R", "P", "S"], ["R", "P", "S"], rounds);

    /// <summary>A symmetric 2×2 game from the row player's payoffs.</summary>
    /// <param name="id">Short name.</param>
    /// <param name="name">Long name.</param>
    /// <param name="cc">Payoff for (0, 0).</param>
    /// <param name="cd">Payoff for own 0 against 1.</param>
    /// <param name="dc">Payoff for own 1 against 0.</param>
    /// <param name="dd">Payoff for (1, 1).</param>
    /// <param name="label0">Label of action 0.</param>
    /// <param name="label1">Label of action 1.</param>
    /// <param name="rounds">Default match length.</param>
    /// <returns>The game.</returns>
    public static MatrixGame Symmetric(string id, string name, double cc, double cd, double dc, double dd, string label0, string label1, int rounds) => new(
        id, name, new double[,] { { cc, cd }, { dc, dd } }, new double[,] { { cc, dc }, { cd, dd } }, [label0, label1], [label0, label1], rounds);
}
