using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.ClassicControl;

/// <summary>
/// Gymnasium's Pendulum-v1: swing a frictionless pendulum up and keep it upright with a torque in [−2, 2];
/// reward −(θ² + 0.1·θ̇² + 0.001·u²) with θ normalised to [−π, π), never terminates, truncated after 200 steps.
/// </summary>
/// <remarks>
/// <para>
/// Equations as Gymnasium's <c>classic_control/pendulum.py</c> (g = 10, m = l = 1, dt = 0.05): the torque u is the
/// action clipped to [−2, 2]; θ̇ ← clip(θ̇ + (3g/(2l)·sin θ + 3/(m·l²)·u)·dt, ±8), then θ ← θ + θ̇·dt (semi-implicit
/// Euler: the angle advances with the new velocity). The cost uses the angle before the step and numpy's floor-mod
/// normalisation ((θ + π) mod 2π) − π; θ itself is never wrapped. Observation: cos θ, sin θ, θ̇ (float32 of the
/// double state). Reset draws θ from U(−π, π) and θ̇ from U(−1, 1) with <see cref="AgoraRandom"/>.
/// </para>
/// <para>
/// This is a continuous-action environment (<see cref="ContinuousActionSpace"/> = Box([−2], [2])): step it with
/// <see cref="StepContinuous"/>. Its discrete <see cref="Step"/> throws; the one-entry mask only says the agent acts.
/// </para>
/// </remarks>
public sealed class PendulumEnv : IParallelEnv
{
    private const double MaxSpeed = 8;
    private const float MaxTorque = 2f;
    private const double Dt = 0.05;
    private const double G = 10.0;
    private const double M = 1.0;
    private const double L = 1.0;

    private double _theta;
    private double _thetaDot;
    private int _steps;
    private bool _ready;
    private bool _over;

    /// <summary>Creates the environment with Gymnasium's 200-step limit or <paramref name="maxEpisodeSteps"/>.</summary>
    /// <param name="maxEpisodeSteps">Steps after which the episode is truncated; positive.</param>
    public PendulumEnv(int maxEpisodeSteps = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeSteps);
        MaxEpisodeSteps = maxEpisodeSteps;
    }

    /// <summary>Steps after which an episode is truncated.</summary>
    public int MaxEpisodeSteps { get; }

    /// <inheritdoc />
    public int NumAgents => 1;

    /// <inheritdoc />
    public int ObservationSize => 3;

    /// <inheritdoc />
    /// <remarks>One placeholder choice: actions are continuous (see <see cref="ContinuousActionSpace"/>).</remarks>
    public int NumActions => 1;

    /// <inheritdoc />
    public int StateSize => 2;

    /// <inheritdoc />
    public Box ObservationSpace { get; } = new([-1f, -1f, (float)-MaxSpeed], [1f, 1f, (float)MaxSpeed]);

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(1);

    /// <inheritdoc />
    public Box? ContinuousActionSpace { get; } = new(-MaxTorque, MaxTorque, 1);

    /// <summary>The state (θ, θ̇) in double precision; θ = 0 is upright.</summary>
    public (double Theta, double ThetaDot) State => (_theta, _thetaDot);

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        double theta = -Math.PI + (2 * Math.PI * rng.NextDouble());
        double thetaDot = -1.0 + (2.0 * rng.NextDouble());
        SetState(theta, thetaDot);
    }

    /// <summary>Sets the state directly (for tests replaying recorded trajectories) and continues an episode from there.</summary>
    /// <param name="theta">The angle (0 upright, π hanging down); any real value.</param>
    /// <param name="thetaDot">The angular velocity.</param>
    /// <param name="elapsedSteps">Steps already taken in the episode (0 starts a new one), so that the time limit
    /// applies as if the episode had run that far; non-negative and below the limit.</param>
    public void SetState(double theta, double thetaDot, int elapsedSteps = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedSteps);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(elapsedSteps, MaxEpisodeSteps);
        (_theta, _thetaDot) = (theta, thetaDot);
        _steps = elapsedSteps;
        _ready = true;
        _over = false;
    }

    /// <inheritdoc />
    /// <exception cref="NotSupportedException">Always: Pendulum's actions are continuous.</exception>
    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated) =>
        throw new NotSupportedException("Pendulum-v1 takes a continuous torque; call StepContinuous.");

    /// <inheritdoc />
    public void StepContinuous(ReadOnlySpan<float> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        if (_over || !_ready)
        {
            throw new InvalidOperationException(_ready ? "The episode is over; call Reset." : "Call Reset before stepping.");
        }

        float action = actions[0];
        if (float.IsNaN(action))
        {
            throw new ArgumentOutOfRangeException(nameof(actions), action, "Pendulum's torque must not be NaN.");
        }

        double u = Math.Clamp(action, -MaxTorque, MaxTorque);
        double angle = NormalizeAngle(_theta);
        double cost = (angle * angle) + (0.1 * (_thetaDot * _thetaDot)) + (0.001 * (u * u));
        double newThetaDot = _thetaDot + ((((3 * G) / (2 * L) * Math.Sin(_theta)) + (3.0 / (M * L * L) * u)) * Dt);
        _thetaDot = Math.Clamp(newThetaDot, -MaxSpeed, MaxSpeed);
        _theta += _thetaDot * Dt;
        _steps++;
        rewards[0] = (float)-cost;
        terminated[0] = false;
        truncated[0] = _steps >= MaxEpisodeSteps;
        _over = truncated[0];
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        destination[0] = (float)Math.Cos(_theta);
        destination[1] = (float)Math.Sin(_theta);
        destination[2] = (float)_thetaDot;
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteState(Span<float> destination)
    {
        destination[0] = (float)_theta;
        destination[1] = (float)_thetaDot;
    }

    /// <summary>numpy's <c>((x + π) % 2π) − π</c>: fmod, shifted into [0, 2π) when negative (floor-mod).</summary>
    private static double NormalizeAngle(double x)
    {
        const double twoPi = 2 * Math.PI;
        double r = (x + Math.PI) % twoPi;
        if (r < 0)
        {
            r += twoPi;
        }

        return r - Math.PI;
    }
}
