namespace Agora.Neural.Probes;

/// <summary>The probes of one evaluation of a Bigram-Backcopy model.</summary>
/// <param name="Backcopy">Oracle-weighted risk at trigger positions.</param>
/// <param name="Bigram">Oracle-weighted risk at the other positions.</param>
/// <param name="SinkExcludingFirst">Layer-0 head-mean weight on <c>&lt;s&gt;</c> from non-trigger queries at positions ≥ 1.</param>
/// <param name="SinkIncludingFirst">The same including query 0 (the paper's notebook definition).</param>
/// <param name="PreviousTokenOnTriggers">Layer-0 head-mean weight on the previous token from trigger queries.</param>
/// <param name="ValueNormFirst">Layer-0 head-mean ‖W_O v‖ at <c>&lt;s&gt;</c>.</param>
/// <param name="ValueNormOthers">Layer-0 head-mean ‖W_O v‖ averaged over the other positions.</param>
/// <param name="ResidualFirst">Per layer, ‖h‖ at <c>&lt;s&gt;</c> after the block.</param>
/// <param name="ResidualOthers">Per layer, the mean ‖h‖ at the other positions after the block.</param>
public sealed record SinkSnapshot(
    double Backcopy,
    double Bigram,
    double SinkExcludingFirst,
    double SinkIncludingFirst,
    double PreviousTokenOnTriggers,
    double ValueNormFirst,
    double ValueNormOthers,
    IReadOnlyList<double> ResidualFirst,
    IReadOnlyList<double> ResidualOthers);
