using Agora.Core.Spaces;

namespace Agora.Core.Environments.ThreeBody;

/// <summary>
/// Saz Ulibarrena &amp; Portegies Zwart's adaptive time-stepping task: at every 0.1-yr step one agent picks the Hermite
/// accuracy parameter μ for the chaotic three-body problem, trading energy error against force evaluations.
/// </summary>
/// <remarks>
/// <para>
/// "Reinforcement Learning for Adaptive Time-Stepping in the Chaotic Gravitational Three-Body Problem" (2024), code
/// <c>veronicasaz/ThreeBodyProblem_astronomy</c> (<c>env/ThreeBP_env.py</c>). Actions index
/// μ = logspace(−4, −1, 10). Observation (13 floats): (x, y)/10 per body, (vₓ, v_y) per body, then −log₁₀|ΔE|, with
/// ΔE = (E − E₀)/E₀ + 1e-20 the cumulative relative energy error.
/// </para>
/// <para>
/// Reward 5: R = −W₀·log₁₀(|ΔE|/1e-10)/|log₁₀|ΔE||³/t + W₂/|log₁₀ μ|, where t is the 0-based index of the step being
/// taken; the first step (t = 0) pays 0, as in the paper's code. The episode terminates when |E − E₀|/|E₀| exceeds
/// <see cref="ThreeBodyOptions.EnergyErrorLimit"/> and is truncated after <see cref="ThreeBodyOptions.Steps"/> steps.
/// </para>
/// <para>
/// <see cref="Reset"/> uses the low 32 bits of the seed as numpy's seed, so seeds below 2³² give the paper's
/// initial conditions.
/// </para>
/// </remarks>
public sealed class ThreeBodyEnv : IParallelEnv
{
    /// <summary>The number of accuracy-parameter actions.</summary>
    public const int ActionCount = 10;

    private static readonly double[] MuValues = BuildMuValues();
    private readonly HermiteIntegrator _integrator = new();
    private double _initialEnergy;
    private double _energyError;
    private int _step;
    private bool _ready;
    private bool _over;

    /// <summary>Creates the environment with the paper's training settings or <paramref name="options"/>.</summary>
    /// <param name="options">The settings; null for the defaults.</param>
    public ThreeBodyEnv(ThreeBodyOptions? options = null)
    {
        Options = options ?? new ThreeBodyOptions();
        ObservationSpace = Box.Unbounded(13);
    }

    /// <summary>The settings.</summary>
    public ThreeBodyOptions Options { get; }

    /// <inheritdoc />
    public int NumAgents => 1;

    /// <inheritdoc />
    public int ObservationSize => 13;

    /// <inheritdoc />
    public int NumActions => ActionCount;

    /// <inheritdoc />
    public int StateSize => 13;

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(ActionCount);

    /// <summary>The integrator, for its counters and state.</summary>
    public HermiteIntegrator Integrator => _integrator;

    /// <summary>The number of steps taken in this episode.</summary>
    public int StepsDone => _step;

    /// <summary>The current cumulative relative energy error (E − E₀)/E₀, without the 1e-20 offset.</summary>
    public double EnergyError => _energyError;

    /// <summary>Whether the episode is over.</summary>
    public bool IsOver => _over;

    /// <summary>The accuracy parameter of an action: 10^(−4 + 3a/9).</summary>
    /// <param name="action">The action, 0 … 9.</param>
    /// <returns>μ.</returns>
    public static double Mu(int action)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(action);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(action, ActionCount);
        return MuValues[action];
    }

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        _integrator.Load(ThreeBodyInitialConditions.FromSeed((uint)(seed & 0xffffffffUL)));
        _initialEnergy = _integrator.Energy();
        _energyError = 0;
        _step = 0;
        _ready = true;
        _over = false;
    }

    /// <inheritdoc />
    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        if (_over || !_ready)
        {
            throw new InvalidOperationException(_ready ? "The episode is over; call Reset." : "Call Reset before stepping.");
        }

        int action = actions[0];
        if ((uint)action >= ActionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(actions), action, "The action must be one of 0..9.");
        }

        double mu = MuValues[action];
        int index = _step;
        _step++;
        double endTime = _step * Options.CheckStepYears * ThreeBodyUnits.Year / ThreeBodyUnits.TimeUnit;
        _integrator.EvolveTo(endTime, mu);
        _energyError = (_integrator.Energy() - _initialEnergy) / _initialEnergy;
        rewards[0] = (float)Reward(Math.Abs(_energyError + 1e-20), mu, index);
        terminated[0] = Math.Abs(_energyError) > Options.EnergyErrorLimit;
        truncated[0] = !terminated[0] && _step >= Options.Steps;
        _over = terminated[0] || truncated[0];
    }

    /// <summary>Reward 5 of the paper's code for a given error, μ and 0-based step index.</summary>
    /// <param name="absoluteError">|ΔE| including the 1e-20 offset.</param>
    /// <param name="mu">The accuracy parameter used.</param>
    /// <param name="stepIndex">The 0-based index of the step; 0 pays nothing.</param>
    /// <returns>The reward.</returns>
    public double Reward(double absoluteError, double mu, int stepIndex)
    {
        if (stepIndex == 0)
        {
            return 0;
        }

        double logError = Math.Log10(absoluteError);
        double errorTerm = Options.ErrorWeight * Math.Log10(absoluteError / 1e-10) / Math.Pow(Math.Abs(logError), 3) / stepIndex;
        return -errorTerm + (Options.CostWeight / Math.Abs(Math.Log10(mu)));
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        ReadOnlySpan<double> pos = _integrator.Positions;
        ReadOnlySpan<double> vel = _integrator.Velocities;
        for (int body = 0; body < 3; body++)
        {
            destination[2 * body] = (float)(pos[3 * body] / 10);
            destination[(2 * body) + 1] = (float)(pos[(3 * body) + 1] / 10);
            destination[6 + (2 * body)] = (float)vel[3 * body];
            destination[6 + (2 * body) + 1] = (float)vel[(3 * body) + 1];
        }

        destination[12] = (float)-Math.Log10(Math.Abs(_energyError + 1e-20));
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination) => destination[..ActionCount].Fill(!_over);

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteState(Span<float> destination) => WriteObservations(destination);

    private static double[] BuildMuValues()
    {
        var values = new double[ActionCount];
        for (int i = 0; i < ActionCount; i++)
        {
            values[i] = Math.Pow(10, -4 + (3.0 * i / 9));
        }

        return values;
    }
}
