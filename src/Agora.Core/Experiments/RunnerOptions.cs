namespace Agora.Core.Experiments;

/// <summary>How the runner schedules trials.</summary>
public sealed record RunnerOptions
{
    private readonly int _jobs = Environment.ProcessorCount;

    /// <summary>Trials run at once. Default: <see cref="Environment.ProcessorCount"/>. Must be positive. Results never depend on it.</summary>
    public int Jobs
    {
        get => _jobs;
        init => _jobs = value > 0 ? value : throw new ParameterException("jobs", $"--jobs must be positive; got {value}.");
    }

    /// <summary>Services the host offers trials (e.g. the run store's LLM response cache). Default: null (none).</summary>
    public IServiceProvider? Services { get; init; }
}
