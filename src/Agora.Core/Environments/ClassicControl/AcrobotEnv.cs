using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.ClassicControl;

/// <summary>
/// Gymnasium's Acrobot-v1: a two-link pendulum actuated at the middle joint (torque −1, 0, +1); −1 per step until the
/// tip swings above one link length over the pivot (reward 0 on that step), truncated after 500 steps.
/// </summary>
/// <remarks>
/// Sutton, "Generalization in reinforcement learning: successful examples using sparse coarse coding", NIPS 1996, with
/// the dynamics of Sutton &amp; Barto's book as in Gymnasium's <c>classic_control/acrobot.py</c> (<c>book_or_nips =
/// "book"</c>): one classical RK4 step of dt = 0.2 s, angles wrapped to [−π, π], velocities bounded to 4π and 9π, no
/// torque noise. Observation: cos θ₁, sin θ₁, cos θ₂, sin θ₂, θ̇₁, θ̇₂. Reset draws all four state variables from
/// U(−0.1, 0.1) with <see cref="AgoraRandom"/>.
/// </remarks>
public sealed class AcrobotEnv : IParallelEnv
{
    private const double Dt = 0.2;
    private const double L1 = 1.0;
    private const double M1 = 1.0;
    private const double M2 = 1.0;
    private const double Lc1 = 0.5;
    private const double Lc2 = 0.5;
    private const double I1 = 1.0;
    private const double I2 = 1.0;
    private const double G = 9.8;
    private const double MaxVel1 = 4 * Math.PI;
    private const double MaxVel2 = 9 * Math.PI;

    private readonly double[] _s = new double[4];
    private readonly double[] _k1 = new double[4];
    private readonly double[] _k2 = new double[4];
    private readonly double[] _k3 = new double[4];
    private readonly double[] _k4 = new double[4];
    private readonly double[] _tmp = new double[4];
    private int _steps;
    private bool _ready;
    private bool _over;

    /// <summary>Creates the environment with Gymnasium's 500-step limit or <paramref name="maxEpisodeSteps"/>.</summary>
    /// <param name="maxEpisodeSteps">Steps after which the episode is truncated; positive.</param>
    public AcrobotEnv(int maxEpisodeSteps = 500)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEpisodeSteps);
        MaxEpisodeSteps = maxEpisodeSteps;
        ObservationSpace = new Box([-1f, -1f, -1f, -1f, (float)-MaxVel1, (float)-MaxVel2], [1f, 1f, 1f, 1f, (float)MaxVel1, (float)MaxVel2]);
    }

    /// <summary>Steps after which an episode is truncated.</summary>
    public int MaxEpisodeSteps { get; }

    /// <inheritdoc />
    public int NumAgents => 1;

    /// <inheritdoc />
    public int ObservationSize => 6;

    /// <inheritdoc />
    public int NumActions => 3;

    /// <inheritdoc />
    public int StateSize => 4;

    /// <inheritdoc />
    public Box ObservationSpace { get; }

    /// <inheritdoc />
    public Discrete ActionSpace { get; } = new(3);

    /// <summary>The state (θ₁, θ₂, θ̇₁, θ̇₂).</summary>
    public (double Theta1, double Theta2, double Dtheta1, double Dtheta2) State => (_s[0], _s[1], _s[2], _s[3]);

    /// <inheritdoc />
    public void Reset(ulong seed)
    {
        var rng = new AgoraRandom(seed);
        SetState(Draw(ref rng), Draw(ref rng), Draw(ref rng), Draw(ref rng));
    }

    /// <summary>Sets the state directly (for tests) and continues an episode from there.</summary>
    /// <param name="theta1">First joint angle (0 hangs down).</param>
    /// <param name="theta2">Second joint angle, relative to the first link.</param>
    /// <param name="dtheta1">First joint's angular velocity.</param>
    /// <param name="dtheta2">Second joint's angular velocity.</param>
    /// <param name="elapsedSteps">Steps already taken in the episode (0 starts a new one), so that the time limit
    /// applies as if the episode had run that far; non-negative and below the limit.</param>
    public void SetState(double theta1, double theta2, double dtheta1, double dtheta2, int elapsedSteps = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(elapsedSteps);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(elapsedSteps, MaxEpisodeSteps);
        (_s[0], _s[1], _s[2], _s[3]) = (theta1, theta2, dtheta1, dtheta2);
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
            throw new ArgumentOutOfRangeException(nameof(actions), action, "Acrobot's action must be 0, 1 or 2.");
        }

        double torque = action - 1;

        // One classical Runge–Kutta step over [0, dt], as Gymnasium's rk4 with t = [0, dt].
        Derivatives(_s, torque, _k1);
        Offset(_s, _k1, Dt / 2, _tmp);
        Derivatives(_tmp, torque, _k2);
        Offset(_s, _k2, Dt / 2, _tmp);
        Derivatives(_tmp, torque, _k3);
        Offset(_s, _k3, Dt, _tmp);
        Derivatives(_tmp, torque, _k4);
        for (int i = 0; i < 4; i++)
        {
            _s[i] += Dt / 6.0 * (_k1[i] + (2 * _k2[i]) + (2 * _k3[i]) + _k4[i]);
        }

        _s[0] = Wrap(_s[0]);
        _s[1] = Wrap(_s[1]);
        _s[2] = Math.Clamp(_s[2], -MaxVel1, MaxVel1);
        _s[3] = Math.Clamp(_s[3], -MaxVel2, MaxVel2);
        _steps++;
        terminated[0] = -Math.Cos(_s[0]) - Math.Cos(_s[1] + _s[0]) > 1.0;
        rewards[0] = terminated[0] ? 0f : -1f;
        truncated[0] = !terminated[0] && _steps >= MaxEpisodeSteps;
        _over = terminated[0] || truncated[0];
    }

    /// <inheritdoc />
    public void WriteObservations(Span<float> destination)
    {
        destination[0] = (float)Math.Cos(_s[0]);
        destination[1] = (float)Math.Sin(_s[0]);
        destination[2] = (float)Math.Cos(_s[1]);
        destination[3] = (float)Math.Sin(_s[1]);
        destination[4] = (float)_s[2];
        destination[5] = (float)_s[3];
    }

    /// <inheritdoc />
    public void WriteActionMasks(Span<bool> destination) => destination[..3].Fill(!_over);

    /// <inheritdoc />
    public void WriteActingAgents(Span<bool> destination) => destination[0] = !_over;

    /// <inheritdoc />
    public void WriteState(Span<float> destination)
    {
        for (int i = 0; i < 4; i++)
        {
            destination[i] = (float)_s[i];
        }
    }

    /// <summary>Gymnasium's <c>_dsdt</c> in the book's form.</summary>
    private static void Derivatives(double[] s, double a, double[] ds)
    {
        double theta1 = s[0], theta2 = s[1], dtheta1 = s[2], dtheta2 = s[3];
        double d1 = (M1 * Lc1 * Lc1) + (M2 * ((L1 * L1) + (Lc2 * Lc2) + (2 * L1 * Lc2 * Math.Cos(theta2)))) + I1 + I2;
        double d2 = (M2 * ((Lc2 * Lc2) + (L1 * Lc2 * Math.Cos(theta2)))) + I2;
        double phi2 = M2 * Lc2 * G * Math.Cos(theta1 + theta2 - (Math.PI / 2.0));
        double phi1 = (-M2 * L1 * Lc2 * dtheta2 * dtheta2 * Math.Sin(theta2))
            - (2 * M2 * L1 * Lc2 * dtheta2 * dtheta1 * Math.Sin(theta2))
            + (((M1 * Lc1) + (M2 * L1)) * G * Math.Cos(theta1 - (Math.PI / 2))) + phi2;
        double ddtheta2 = (a + (d2 / d1 * phi1) - (M2 * L1 * Lc2 * dtheta1 * dtheta1 * Math.Sin(theta2)) - phi2) / ((M2 * Lc2 * Lc2) + I2 - (d2 * d2 / d1));
        double ddtheta1 = -((d2 * ddtheta2) + phi1) / d1;
        ds[0] = dtheta1;
        ds[1] = dtheta2;
        ds[2] = ddtheta1;
        ds[3] = ddtheta2;
    }

    private static void Offset(double[] s, double[] k, double h, double[] result)
    {
        for (int i = 0; i < 4; i++)
        {
            result[i] = s[i] + (h * k[i]);
        }
    }

    private static double Wrap(double x)
    {
        const double diff = 2 * Math.PI;
        while (x > Math.PI)
        {
            x -= diff;
        }

        while (x < -Math.PI)
        {
            x += diff;
        }

        return x;
    }

    private static double Draw(ref AgoraRandom rng) => -0.1 + (0.2 * rng.NextDouble());
}
