using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.ClassicControl;

/// <summary>
/// Gymnasium's CartPole-v1: push a cart left (0) or right (1) to keep a pole upright; +1 per step, terminated when
/// |x| &gt; 2.4 or |θ| &gt; 12°, truncated after 500 steps.
/// </summary>
/// <remarks>
/// <para>
/// Barto, Sutton &amp; Anderson, "Neuronlike adaptive elements that can solve difficult learning control problems",
/// IEEE SMC 13(5), 1983; equations as in Gymnasium's <c>classic_control/cartpole.py</c> (Florian's correction):
/// temp = (F + m_p·l·θ̇²·sin θ)/M, θ̈ = (g·sin θ − cos θ·temp)/(l·(4/3 − m_p·cos²θ/M)), ẍ = temp − m_p·l·θ̈·cos θ/M,
/// then explicit Euler with τ = 0.02 s (x and θ advance with the old velocities). The state is kept in double as in
/// Gymnasium and observed as float32. Reset draws all four state variables from U(−0.05, 0.05) with
/// <see cref="AgoraRandom"/> (not numpy), so episodes differ from Gymnasium's for the same seed.
/// </para>
/// <para>The terminating step still pays +1, as in Gymnasium (<c>sutton_barto_reward=False</c>).</para>
/// </remarks>
public sealed class CartPoleEnv : IParallelEnv
{
    private const double Gravity = 9.8;
    private const double MassCart = 1.0;
    private const double MassPole = 0.1;
    private const double TotalMass = MassPole + MassCart;
    private const double Length = 0.5;
    private const double PoleMassLength = MassPole * Length;
    private const double ForceMag = 10.0;
    private const double Tau = 0.02;
    private const double ThetaThreshold = 12 * 2 * Math.PI / 360;
    private const double XThreshold = 2.4;

    private double _x;
    private double _xDot;
    private double _theta;
    private double _thetaDot;
    private int _steps;
    private bool _ready;
    private bool _over;

    /// <summary>Creates the environment with Gymnasium's time limit of 500 steps or <paramref name="maxEpisodeSteps"/>.</summary>
    /// <param name="maxEpisodeSteps">Steps after which the episode is truncated; positive.</param>
    public CartPoleEnv(int maxEpisodeSteps = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeSteps);
        MaxEpisodeSteps = maxEpisodeSteps;
        float big = float.MaxValue;
        ObservationSpace = new Box([(float)(-2 * XThreshold), -big, (float)(-2 * ThetaThreshold), -big], [(float)(2 * XThreshold), big, (float)(2 * ThetaThreshold), big]);
    }

    /// <summary>Steps after which an episode is truncated.</summary>
    public int MaxEpisodeSteps { get; }

    /// <inheritdoc />
    public int NumAgents => 1;

    /// <inheritdoc />
    public int ObservationSize => 4;

    /// <inheritdoc />
    public int NumActions => 2;

    /// <inheritdoc />
    public int StateSize => 4;

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(2);

    /// <summary>The steps taken in this episode.</summary>
    public int Steps => _steps;

    /// <summary>The state (x, ẋ, θ, θ̇) in double precision.</summary>
    public (double X, double XDot, double Theta, double ThetaDot) State => (_x, _xDot, _theta, _thetaDot);

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        _x = Draw(ref rng);
        _xDot = Draw(ref rng);
        _theta = Draw(ref rng);
        _thetaDot = Draw(ref rng);
        _steps = 0;
        _ready = true;
        _over = false;
    }

    /// <summary>Sets the state directly (for tests replaying recorded trajectories) and continues an episode from there.</summary>
    /// <param name="x">Cart position.</param>
    /// <param name="xDot">Cart velocity.</param>
    /// <param name="theta">Pole angle (radians).</param>
    /// <param name="thetaDot">Pole angular velocity.</param>
    /// <param name="elapsedSteps">Steps already taken in the episode (0 starts a new one), so that the time limit
    /// applies as if the episode had run that far; non-negative and below the limit.</param>
    public void SetState(double x, double xDot, double theta, double thetaDot, int elapsedSteps = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedSteps);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(elapsedSteps, MaxEpisodeSteps);
        (_x, _xDot, _theta, _thetaDot) = (x, xDot, theta, thetaDot);
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
        if ((uint)action > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(actions), action, "CartPole's action must be 0 or 1.");
        }

        double force = action == 1 ? ForceMag : -ForceMag;
        double cos = Math.Cos(_theta);
        double sin = Math.Sin(_theta);
        double temp = (force + (PoleMassLength * (_thetaDot * _thetaDot) * sin)) / TotalMass;
        double thetaAcc = ((Gravity * sin) - (cos * temp)) / (Length * ((4.0 / 3.0) - (MassPole * (cos * cos) / TotalMass)));
        double xAcc = temp - (PoleMassLength * thetaAcc * cos / TotalMass);
        _x += Tau * _xDot;
        _xDot += Tau * xAcc;
        _theta += Tau * _thetaDot;
        _thetaDot += Tau * thetaAcc;
        _steps++;
        rewards[0] = 1f;
        terminated[0] = _x < -XThreshold || _x > XThreshold || _theta < -ThetaThreshold || _theta > ThetaThreshold;
        truncated[0] = !terminated[0] && _steps >= MaxEpisodeSteps;
        _over = terminated[0] || truncated[0];
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        destination[0] = (float)_x;
        destination[1] = (float)_xDot;
        destination[2] = (float)_theta;
        destination[3] = (float)_thetaDot;
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination) => destination[..2].Fill(!_over);

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteState(Span<float> destination) => WriteObservations(destination);

    private static double Draw(ref AgoraRandom rng) => -0.05 + (0.1 * rng.NextDouble());
}
