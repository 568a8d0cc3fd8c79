using Agora.Core.Randomness;

namespace Agora.Core.Experiments;

/// <summary>Everything one trial receives.</summary>
/// <param name="Parameters">The validated parameter values.</param>
/// <param name="Seed">The trial's seed, derived from the run seed and the trial key.</param>
/// <param name="Sink">Where the trial reports its metrics.</param>
/// <param name="CancellationToken">Signals that the run is being stopped; a trial may stop early by throwing <see cref="OperationCanceledException"/>.</param>
public sealed record TrialContext(ParameterValues Parameters, ulong Seed, IMetricSink Sink, CancellationToken CancellationToken)
{
    /// <summary>A fresh generator for this trial.</summary>
    /// <returns>A generator seeded with <see cref="Seed"/>.</returns>
    public AgoraRandom CreateRandom() => new(Seed);

    /// <summary>Services the host offers for this run (e.g. a response cache), or null. Results must not depend on them.</summary>
    public IServiceProvider? Services { get; init; }
}
