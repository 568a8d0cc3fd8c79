namespace Agora.Core.Experiments;

/// <summary>
/// What to run: an experiment, the values its parameters take (several values sweep), the seeds per grid point and the
/// run seed. <see cref="Expand"/> turns it into trials.
/// </summary>
public sealed record RunPlan
{
    private readonly int _trialsPerPoint = 1;

    /// <summary>Creates a plan.</summary>
    /// <param name="experiment">The experiment.</param>
    public RunPlan(IExperiment experiment)
    {
        Experiment = experiment ?? throw new ArgumentNullException(nameof(experiment));
    }

    /// <summary>The experiment.</summary>
    public IExperiment Experiment { get; }

    /// <summary>Values per parameter key; a key with several values is swept. Default: none (every parameter at its default).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object>> Values { get; init; } = new Dictionary<string, IReadOnlyList<object>>();

    /// <summary>The run seed from which every trial seed derives. Default: 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>Seeds (replicates) per grid point. Default: 1. Must be positive.</summary>
    public int TrialsPerPoint
    {
        get => _trialsPerPoint;
        init => _trialsPerPoint = value > 0 ? value : throw new ParameterException("trials", $"--trials must be positive; got {value}.");
    }

    /// <summary>Validates every key and value and expands the grid × seeds into trials, in a stable order.</summary>
    /// <returns>The trials; the first parameter varies slowest and replicates vary fastest.</returns>
    /// <exception cref="ParameterException">An unknown key, or a value of the wrong type or out of range.</exception>
    public IReadOnlyList<TrialSpec> Expand()
    {
        var specs = Experiment.Parameters;
        foreach (string key in Values.Keys)
        {
            if (!specs.Any(p => p.Name == key))
            {
                throw new ParameterException(key, $"Unknown parameter '{key}' for experiment '{Experiment.Name}'; known: {string.Join(", ", specs.Select(p => p.Name))}.");
            }
        }

        var axes = new List<object[]>(specs.Count);
        foreach (var spec in specs)
        {
            if (Values.TryGetValue(spec.Name, out var given))
            {
                if (given.Count == 0)
                {
                    throw new ParameterException(spec.Name, $"Parameter '{spec.Name}' was given no values.");
                }

                axes.Add(given.Select(spec.Validate).ToArray());
            }
            else
            {
                axes.Add([spec.Default]);
            }
        }

        var trials = new List<TrialSpec>();
        var index = new int[axes.Count];
        int gridPoint = 0;
        while (true)
        {
            var values = new ParameterValues(specs.Select((s, i) => new KeyValuePair<string, object>(s.Name, axes[i][index[i]])));
            for (int replicate = 0; replicate < TrialsPerPoint; replicate++)
            {
                trials.Add(TrialSpec.Create(trials.Count, gridPoint, replicate, values, Seed));
            }

            gridPoint++;
            int axis = axes.Count - 1;
            while (axis >= 0 && ++index[axis] == axes[axis].Length)
            {
                index[axis] = 0;
                axis--;
            }

            if (axis < 0)
            {
                return trials;
            }
        }
    }
}
