using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.ClassicControl;

/// <summary>
/// Gymnasium's MountainCar-v0: drive an under-powered car (push left 0, none 1, right 2) up to the flag at x ≥ 0.5;
/// −1 per step, truncated after 200 steps.
/// </summary>
/// <remarks>
/// Moore, "Efficient memory-based learning for robot control", PhD thesis, Cambridge 1990; equations as Gymnasium's
/// <c>classic_control/mountain_car.py</c>: v += (a − 1)·0.001 + cos(3x)·(−0.0025), v clipped to ±0.07, x += v, x clipped
/// to [−1.2, 0.6], and v = 0 when the car hits the left wall moving left. Terminated when x ≥ 0.5 and v ≥ 0. Reset
/// draws x from U(−0.6, −0.4) with <see cref="AgoraRandom"/> and sets v = 0.
/// </remarks>
public sealed class MountainCarEnv : IParallelEnv
{
    private const double MinPosition = -1.2;
    private const double MaxPosition = 0.6;
    private const double MaxSpeed = 0.07;
    private const double GoalPosition = 0.5;
    private const double Force = 0.001;
    private const double Gravity = 0.0025;

    private double _position;
    private double _velocity;
    private int _steps;
    private bool _ready;
    private bool _over;

    /// <summary>Creates the environment with Gymnasium's 200-step limit or <paramref name="maxEpisodeSteps"/>.</summary>
    /// <param name="maxEpisodeSteps">Steps after which the episode is truncated; positive.</param>
    public MountainCarEnv(int maxEpisodeSteps = 200)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeSteps);
        MaxEpisodeSteps = maxEpisodeSteps;
        ObservationSpace = new Box([(float)MinPosition, (float)-MaxSpeed], [(float)MaxPosition, (float)MaxSpeed]);
    }

    /// <summary>Steps after which an episode is truncated.</summary>
    public int MaxEpisodeSteps { get; }

    /// <inheritdoc />
    public int NumAgents => 1;

    /// <inheritdoc />
    public int ObservationSize => 2;

    /// <inheritdoc />
    public int NumActions => 3;

    /// <inheritdoc />
    public int StateSize => 2;

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(3);

    /// <summary>The state (position, velocity) in double precision.</summary>
    public (double Position, double Velocity) State => (_position, _velocity);

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        SetState(-0.6 + (0.2 * rng.NextDouble()), 0);
    }

    /// <summary>Sets the state directly (for tests) and continues an episode from there.</summary>
    /// <param name="position">The car's position.</param>
    /// <param name="velocity">The car's velocity.</param>
    /// <param name="elapsedSteps">Steps already taken in the episode (0 starts a new one), so that the time limit
    /// applies as if the episode had run that far; non-negative and below the limit.</param>
    public void SetState(double position, double velocity, int elapsedSteps = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedSteps);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(elapsedSteps, MaxEpisodeSteps);
        (_position, _velocity) = (position, velocity);
        _steps = elapsedSteps;
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
        if ((uint)action > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(actions), action, "MountainCar's action must be 0, 1 or 2.");
        }

        _velocity += ((action - 1) * Force) + (Math.Cos(3 * _position) * -Gravity);
        _velocity = Math.Clamp(_velocity, -MaxSpeed, MaxSpeed);
        _position += _velocity;
        _position = Math.Clamp(_position, MinPosition, MaxPosition);
        if (_position == MinPosition && _velocity < 0)
        {
            _velocity = 0;
        }

        _steps++;
        rewards[0] = -1f;
        terminated[0] = _position >= GoalPosition && _velocity >= 0;
        truncated[0] = !terminated[0] && _steps >= MaxEpisodeSteps;
        _over = terminated[0] || truncated[0];
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        destination[0] = (float)_position;
        destination[1] = (float)_velocity;
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination) => destination[..3].Fill(!_over);

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteState(Span<float> destination) => WriteObservations(destination);
}
