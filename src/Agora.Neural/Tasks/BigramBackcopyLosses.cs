namespace Agora.Neural.Tasks;

/// <summary>The Bigram-Backcopy risks of a model.</summary>
/// <param name="Backcopy">Mean oracle-weighted risk at trigger positions (the "backcopy"/ICL loss).</param>
/// <param name="Bigram">Mean oracle-weighted risk at the other positions (the "bigram"/Markov loss).</param>
/// <param name="TriggerPositions">Number of trigger positions averaged.</param>
/// <param name="OtherPositions">Number of non-trigger positions averaged.</param>
public sealed record BigramBackcopyLosses(double Backcopy, double Bigram, long TriggerPositions, long OtherPositions);
