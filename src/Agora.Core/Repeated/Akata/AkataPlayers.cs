using Agora.Core.Repeated.Strategies;

namespace Agora.Core.Repeated.Akata;

/// <summary>The player sets of the <c>akata-repeated-games</c> experiment.</summary>
/// <remarks>
/// Akata et al. (2025) played GPT-4 and four other LLMs against AlwaysJ, AlwaysF and DefectOnce in the PD and against
/// AlwaysJ, AlwaysF and both alternators in the battle of the sexes (10 rounds; <c>pd/query_main.py</c>,
/// <c>bos/query_main.py</c>), and against the tit-for-tat family in 20-round PD runs (<c>pd/tft</c>). The LLM seats are
/// taken here by the predict-then-best-respond player, GPT-4's lookup tables and the learning players.
/// </remarks>
public static class AkataPlayers
{
    /// <summary>Every hand-coded opponent of the paper, by registry name.</summary>
    public static IReadOnlyList<string> HandCoded { get; } =
        ["AlwaysJ", "AlwaysF", "DefectOnce", "Alternating JF", "Alternating FJ", "TFT", "TFTT", "STFT", "RTFT", "HTFT", "NP10", "NP20", "GrimTrigger"];

    /// <summary>The opponents of the paper's 10-round PD runs.</summary>
    public static IReadOnlyList<string> PaperPd { get; } = ["AlwaysJ", "AlwaysF", "DefectOnce"];

    /// <summary>The opponents of the paper's 10-round battle-of-the-sexes runs.</summary>
    public static IReadOnlyList<string> PaperBos { get; } = ["AlwaysJ", "AlwaysF", "Alternating JF", "Alternating FJ"];

    /// <summary>The opponents of the paper's 20-round PD runs (<c>pd_base_gpt4_tfts.csv</c>).</summary>
    public static IReadOnlyList<string> TftFamily { get; } = ["TFT", "TFTT", "STFT", "RTFT", "HTFT", "NP10", "NP20"];

    /// <summary>Creates registered strategies by name.</summary>
    /// <param name="names">Registry names.</param>
    /// <returns>Fresh strategies.</returns>
    public static List<Strategy> Create(IEnumerable<string> names) => [.. names.Select(StrategyRegistry.Create)];

    /// <summary>The learning players of the zoo.</summary>
    /// <param name="ptbrOrder">The predict-then-best-respond player's Markov order k.</param>
    /// <param name="qMemory">How many past joint moves the tabular Q-learner's state holds.</param>
    /// <returns>Predict-then-best-respond, fictitious play, regret matching, Hedge and tabular Q-learning.</returns>
    public static List<Strategy> Learners(int ptbrOrder, int qMemory) =>
        [new PredictThenBestRespond(ptbrOrder), new FictitiousPlay(), new RegretMatching(), new Hedge(), new TabularQLearner(qMemory)];
}
