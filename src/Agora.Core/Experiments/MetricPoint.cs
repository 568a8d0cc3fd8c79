namespace Agora.Core.Experiments;

/// <summary>One step-indexed scalar reported by a trial.</summary>
/// <param name="Key">The metric key.</param>
/// <param name="Step">The step.</param>
/// <param name="Value">The value.</param>
public readonly record struct MetricPoint(string Key, long Step, double Value);
