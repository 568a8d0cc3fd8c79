namespace Agora.Core.Tournaments;

/// <summary>Everything Axelrod's <c>ResultSet</c> reports about a tournament, computed in memory, immutable.</summary>
/// <remarks>
/// <para>
/// Indices: i = player, j = opponent, r = repetition (spec <c>axelrod.md</c> §2.3, Axelrod 4.13
/// <c>axelrod/result_set.py</c>). "Excluding self" means j ≠ i. A self-play match is stored once; where Axelrod
/// reads its two CSV rows (one per seat), the definitions below say what that amounts to.
/// </para>
/// <list type="bullet">
/// <item><see cref="Payoffs"/>[i][j][r]: i's score per turn against j; for j = i the mean of the two seats (Axelrod
/// averages the two self-play rows). Empty for a pair that does not play (spatial tournaments).</item>
/// <item><see cref="Cooperation"/>[i][i]: the mean of the two seats' C counts rounded down, which is what Axelrod's
/// halving of its double-counted rows yields (spec §5 item 10). <see cref="GoodPartnerMatrix"/>[i][i] = 0 and the
/// diagonals of the state and state-to-action distributions are empty: Axelrod excludes self-play from them.</item>
/// <item>The summary's X_to_C rates follow Axelrod's definition (spec §5 item 9): the mean, over opponents, of
/// P(C | X) counting only opponents where it is non-zero. <see cref="PooledStateToCooperationRates"/> gives the
/// count-weighted alternative.</item>
/// </list>
/// </remarks>
public sealed class ResultSet
{
    internal ResultSet()
    {
    }

    /// <summary>The players' names (Axelrod's <c>repr</c>), in input order.</summary>
    public required IReadOnlyList<string> Players { get; init; }

    /// <summary>The number of repetitions.</summary>
    public required int Repetitions { get; init; }

    /// <summary>The options the tournament was played with.</summary>
    public required TournamentOptions Options { get; init; }

    /// <summary>The pairs that played, in play order (seat 0 first).</summary>
    public required IReadOnlyList<(int First, int Second)> Pairs { get; init; }

    /// <summary>Every match's outcome, indexed <c>pair · Repetitions + r</c>.</summary>
    public required IReadOnlyList<MatchOutcome> Outcomes { get; init; }

    /// <summary>Every match's moves, in the order of <see cref="Outcomes"/>; empty unless
    /// <see cref="TournamentOptions.KeepInteractions"/> was set.</summary>
    public required IReadOnlyList<TournamentInteraction> Interactions { get; init; }

    /// <summary><c>payoffs[i][j]</c>: per repetition, i's mean score per turn against j (self-play included).</summary>
    public required IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> Payoffs { get; init; }

    /// <summary><c>payoff_matrix[i][j]</c>: the mean over repetitions of <see cref="Payoffs"/> (0 where not played).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> PayoffMatrix { get; init; }

    /// <summary><c>payoff_stddevs[i][j]</c>: the population standard deviation (ddof 0) over repetitions of <see cref="Payoffs"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> PayoffStddevs { get; init; }

    /// <summary><c>score_diffs[i][j]</c>: per repetition, (own − opponent) score per turn (0 where not played).</summary>
    public required IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> ScoreDiffs { get; init; }

    /// <summary><c>payoff_diffs_means[i][j]</c>: the mean over repetitions of <see cref="ScoreDiffs"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> PayoffDiffsMeans { get; init; }

    /// <summary><c>scores[i][r]</c>: i's total score over all opponents except itself in repetition r.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Scores { get; init; }

    /// <summary><c>normalised_scores[i][r]</c>: the mean over i's opponents (excluding self) of i's score per turn in repetition r.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> NormalisedScores { get; init; }

    /// <summary><c>ranking</c>: player indices by descending median normalised score; ties keep input order.</summary>
    public required IReadOnlyList<int> Ranking { get; init; }

    /// <summary><c>ranked_names</c>: the names in <see cref="Ranking"/> order.</summary>
    public required IReadOnlyList<string> RankedNames { get; init; }

    /// <summary><c>wins[i][r]</c>: how many opponents (excluding self) i beat (strictly higher total) in repetition r.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Wins { get; init; }

    /// <summary><c>match_lengths[r][i][j]</c>: turns of that match (0 where not played).</summary>
    public required IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> MatchLengths { get; init; }

    /// <summary><c>cooperation[i][j]</c>: i's total C count against j over all repetitions (diagonal: see remarks).</summary>
    public required IReadOnlyList<IReadOnlyList<long>> Cooperation { get; init; }

    /// <summary><c>normalised_cooperation[i][j]</c>: <see cref="Cooperation"/> over the total turns of i against j (0 when none).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> NormalisedCooperation { get; init; }

    /// <summary><c>vengeful_cooperation[i][j]</c> = 2·(normalised_cooperation − 0.5).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> VengefulCooperation { get; init; }

    /// <summary><c>cooperating_rating[i]</c>: i's C count over its turns, excluding self (denominator at least 1).</summary>
    public required IReadOnlyList<double> CooperatingRating { get; init; }

    /// <summary><c>good_partner_matrix[i][j]</c>: repetitions in which i cooperated at least as often as j; diagonal 0.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> GoodPartnerMatrix { get; init; }

    /// <summary><c>good_partner_rating[i]</c>: the row sum of <see cref="GoodPartnerMatrix"/> over i's matches excluding self (at least 1).</summary>
    public required IReadOnlyList<double> GoodPartnerRating { get; init; }

    /// <summary><c>initial_cooperation_count[i]</c>: matches (excluding self) in which i opened with C.</summary>
    public required IReadOnlyList<long> InitialCooperationCount { get; init; }

    /// <summary><c>initial_cooperation_rate[i]</c>: <see cref="InitialCooperationCount"/> over i's matches excluding self (0 when none).</summary>
    public required IReadOnlyList<double> InitialCooperationRate { get; init; }

    /// <summary><c>state_distribution[i][j]</c>: counts of (own, opponent) states over all repetitions; empty diagonal.</summary>
    public required IReadOnlyList<IReadOnlyList<StateCounts>> StateDistribution { get; init; }

    /// <summary><c>normalised_state_distribution[i][j]</c>: <see cref="StateDistribution"/> over its total (CC, CD, DC, DD; zeros when empty).</summary>
    public required IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> NormalisedStateDistribution { get; init; }

    /// <summary><c>state_to_action_distribution[i][j]</c>: counts of (previous state, own next action); empty diagonal.</summary>
    public required IReadOnlyList<IReadOnlyList<StateTransitions>> StateToActionDistribution { get; init; }

    /// <summary><c>normalised_state_to_action_distribution[i][j]</c> restricted to C: P(C | previous state), per state
    /// (CC, CD, DC, DD), 0 for unseen states. P(D | state) is 1 minus it where the state was seen.</summary>
    public required IReadOnlyList<IReadOnlyList<IReadOnlyList<double>>> NormalisedStateToCooperation { get; init; }

    /// <summary><c>eigenjesus_rating</c>: the principal eigenvector of <see cref="NormalisedCooperation"/> (Aaronson's morality metric).</summary>
    public required IReadOnlyList<double> EigenjesusRating { get; init; }

    /// <summary><c>eigenmoses_rating</c>: the principal eigenvector of <see cref="VengefulCooperation"/>.</summary>
    public required IReadOnlyList<double> EigenmosesRating { get; init; }

    /// <summary>P(C | previous state) per player, pooling the counts over all opponents except self (CC, CD, DC, DD; 0
    /// when unseen): the count-weighted alternative to the summary's X_to_C rates (spec §5 item 9).</summary>
    public required IReadOnlyList<IReadOnlyList<double>> PooledStateToCooperationRates { get; init; }

    /// <summary>Axelrod's <c>summarise()</c>: one row per player in rank order.</summary>
    public required IReadOnlyList<SummaryRow> Summary { get; init; }
}
