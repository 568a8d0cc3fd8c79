namespace Agora.Core.Evolution;

/// <summary>What a Moran run produced.</summary>
/// <param name="Winner">The name of the fixated type, or <see langword="null"/> when the run stopped unfixed.</param>
/// <param name="Generations">Generations played (the initial population is generation 0).</param>
/// <param name="Populations">Counts per type name for generation 0, 1, …, as Axelrod's <c>populations</c> (types with
/// count 0 left out); empty when <see cref="MoranOptions.RecordHistory"/> is off.</param>
/// <param name="ScoreHistory">Each node's fitness in generation 1, 2, … (before the update); NaN for nodes whose
/// fitness the generation did not need (death–birth); empty when history is off.</param>
/// <param name="Types">Every type name seen in the run, initial types first in name order, then mutants as they appeared.</param>
/// <param name="MatchesPlayed">Matches actually played (not answered from the memo or sampled).</param>
/// <param name="MemoHits">Scheduled games answered from the deterministic memo.</param>
public sealed record MoranResult(
    string? Winner,
    int Generations,
    IReadOnlyList<IReadOnlyDictionary<string, int>> Populations,
    IReadOnlyList<IReadOnlyList<double>> ScoreHistory,
    IReadOnlyList<string> Types,
    long MatchesPlayed,
    long MemoHits);
