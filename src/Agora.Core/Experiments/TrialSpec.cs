using System.Globalization;
using Agora.Core.Randomness;

namespace Agora.Core.Experiments;

/// <summary>One trial of a run: a grid point, a replicate, and the seed derived from them.</summary>
/// <param name="Index">The position of this trial in the run's stable order.</param>
/// <param name="GridPoint">The index of the parameter combination.</param>
/// <param name="Replicate">The replicate (seed number) at that grid point.</param>
/// <param name="Parameters">The parameter values.</param>
/// <param name="Key">The stable key, <c>params#replicate</c>, from which the seed derives.</param>
/// <param name="Seed">The trial seed.</param>
public sealed record TrialSpec(int Index, int GridPoint, int Replicate, ParameterValues Parameters, string Key, ulong Seed)
{
    /// <summary>Builds the trial for a grid point and replicate; its seed depends only on the run seed and the key.</summary>
    /// <param name="index">The position in the run.</param>
    /// <param name="gridPoint">The grid point.</param>
    /// <param name="replicate">The replicate.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <param name="runSeed">The run seed.</param>
    /// <returns>The trial.</returns>
    /// <remarks>
    /// Keying the seed on the values rather than on the position means that adding a value to a sweep leaves the seeds
    /// of the existing trials unchanged, and the scheduling order can never matter.
    /// </remarks>
    public static TrialSpec Create(int index, int gridPoint, int replicate, ParameterValues parameters, ulong runSeed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        string key = parameters + "#" + replicate.ToString(CultureInfo.InvariantCulture);
        return new TrialSpec(index, gridPoint, replicate, parameters, key, AgoraRandom.DeriveSeed(runSeed, key));
    }
}
