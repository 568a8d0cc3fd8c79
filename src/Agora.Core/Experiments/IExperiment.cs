namespace Agora.Core.Experiments;

/// <summary>
/// A named, registered experiment: typed parameters, a reference to its paper, and a body that runs one trial.
/// </summary>
/// <remarks>
/// A trial must be a pure function of its parameters and its generator: the same inputs give bit-identical metrics on
/// any machine and under any degree of parallelism. That is what makes <c>--jobs</c> and <c>agora resume</c> safe.
/// <threadsafety>Implementations are immutable; <see cref="RunTrial"/> is called concurrently for different trials.</threadsafety>
/// </remarks>
public interface IExperiment
{
    /// <summary>The stable identifier used on the command line, e.g. <c>bandits-regret</c>.</summary>
    string Name { get; }

    /// <summary>One line on what the experiment measures.</summary>
    string Summary { get; }

    /// <summary>The paper or book the experiment reproduces, and the docs page that reports our result.</summary>
    string Reference { get; }

    /// <summary>Seeds per grid point when the run does not say (<c>--trials</c>); enough for the headline result to be clear.</summary>
    int DefaultTrials { get; }

    /// <summary>The parameters in declared order.</summary>
    IReadOnlyList<ParameterSpec> Parameters { get; }

    /// <summary>Runs one trial.</summary>
    /// <param name="context">Parameters, generator, sink and cancellation for this trial.</param>
    void RunTrial(TrialContext context);
}
