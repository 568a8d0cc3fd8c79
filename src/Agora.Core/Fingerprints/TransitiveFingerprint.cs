namespace Agora.Core.Fingerprints;

/// <summary>A transitive fingerprint: how often a strategy cooperates at each turn against each opponent.</summary>
/// <param name="Strategy">The fingerprinted strategy's name.</param>
/// <param name="Opponents">The opponents' names, one row each.</param>
/// <param name="Game">The stage game's short name.</param>
/// <param name="CooperationRates">The fraction of repetitions in which the strategy played C (action 0), row-major:
/// index <c>opponent·Turns + turn</c>.</param>
/// <param name="Turns">Turns per match, one column each.</param>
/// <param name="Repetitions">Matches per opponent.</param>
/// <param name="Noise">The noise level.</param>
/// <param name="Seed">The root seed.</param>
public sealed record TransitiveFingerprint(
    string Strategy,
    IReadOnlyList<string> Opponents,
    string Game,
    IReadOnlyList<double> CooperationRates,
    int Turns,
    int Repetitions,
    double Noise,
    ulong Seed)
{
    /// <summary>The cooperation rate against opponent <paramref name="opponent"/> at turn <paramref name="turn"/> (from 0).</summary>
    /// <param name="opponent">Row.</param>
    /// <param name="turn">Column.</param>
    /// <returns>A fraction in [0, 1].</returns>
    public double CooperationRate(int opponent, int turn) => CooperationRates[(opponent * Turns) + turn];
}
