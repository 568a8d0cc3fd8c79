namespace Agora.Cli.Specs;

/// <summary>What a spec file asks for: an experiment and, optionally, parameter values, seed and trials.</summary>
/// <param name="Experiment">The experiment name.</param>
/// <param name="Values">Typed values per parameter (several values sweep).</param>
/// <param name="Seed">The run seed, if given.</param>
/// <param name="Trials">Seeds per grid point, if given.</param>
public sealed record RunSpec(string Experiment, IReadOnlyDictionary<string, IReadOnlyList<object>> Values, ulong? Seed, int? Trials);
