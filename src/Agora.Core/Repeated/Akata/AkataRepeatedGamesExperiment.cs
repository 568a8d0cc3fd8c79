using Agora.Core.Experiments;

namespace Agora.Core.Repeated.Akata;

/// <summary>
/// <c>akata-repeated-games</c>: Akata et al.'s repeated PD and battle of the sexes, and their Table 1 sweep over the
/// 144 Robinson–Goforth games, with the LLM seats taken by predict-then-best-respond, GPT-4's lookup tables and the
/// learning players of the zoo.
/// </summary>
/// <remarks>
/// Akata et al., "Playing repeated games with large language models", Nature Human Behaviour (2025); code
/// <c>eliaka/repeatedgames</c> (MIT). As in the paper, every player meets every player, itself included, in both seats,
/// for 10 rounds. Part <c>matches</c> reports each ordered pair's totals and joint-cooperation (PD) or coordination
/// (BoS) rate; part <c>families</c> reports each player's normalised score (<see cref="AkataNormalisation"/>) averaged
/// by family (<see cref="FamilyScores"/>). A trial is a pure function of its parameters and seed; trials share nothing.
/// </remarks>
public sealed class AkataRepeatedGamesExperiment : IExperiment
{
    /// <inheritdoc />
    public string Name => "akata-repeated-games";

    /// <inheritdoc />
    public string Summary => "Akata et al.'s PD and BoS round robins and Table 1 family scores over the 144 games, for predict-then-best-respond, lookup tables and learners.";

    /// <inheritdoc />
    public string Reference => "Akata et al. (2025), Nature Human Behaviour, Table 1; code eliaka/repeatedgames (MIT). docs/akata-repeated-games.md";

    /// <inheritdoc />
    public int DefaultTrials => 20;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Choice("part", "all", "matches (PD and BoS round robins), families (144-game Table 1) or all.", "all", "matches", "families"),
        ParameterSpec.Choice("opponents", "paper", "Hand-coded players in the PD/BoS round robins: paper (PD: AlwaysJ, AlwaysF, DefectOnce; BoS: AlwaysJ, AlwaysF, both alternators), tft-family (TFT, TFTT, STFT, RTFT, HTFT, NP10, NP20; the paper's 20-round runs) or all 13.", "paper", "tft-family", "all"),
        ParameterSpec.Integer("rounds", 10, "Rounds per match (the paper: 10; 20 for its tit-for-tat runs).", min: 1, max: 1000),
        ParameterSpec.Text("pd-table", string.Empty, "A GPT-4 lookup table (Akata's JSON format, J/F) that joins the PD round robin as 'pd-table'; empty for none.", AkataTables.Problem),
        ParameterSpec.Text("bos-table", string.Empty, "A GPT-4 lookup table that joins the BoS round robin as 'bos-table'; empty for none.", AkataTables.Problem),
        ParameterSpec.Integer("ptbr-order", 2, "Markov order k of the predict-then-best-respond player.", min: 0, max: 6),
        ParameterSpec.Integer("q-memory", 1, "Past joint moves in the tabular Q-learner's state.", min: 1, max: 4),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string part = context.Parameters.GetChoice("part");
        if (part is "all" or "matches")
        {
            AkataMatchReport.Run(context);
        }

        if (part is "all" or "families")
        {
            AkataFamilyReport.Run(context);
        }
    }
}
