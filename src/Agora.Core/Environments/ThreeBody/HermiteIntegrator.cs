namespace Agora.Core.Environments.ThreeBody;

/// <summary>
/// Three equal-mass bodies (1/3 each, G = 1, no softening) advanced by the fourth-order Hermite predictor–corrector
/// with Aarseth's shared time step <c>dt = μ·t_coll</c>, following AMUSE's <c>hermite</c> code's loop.
/// </summary>
/// <remarks>
/// <para>
/// Makino &amp; Aarseth, PASJ 44, 141 (1992); Hut, Makino &amp; McMillan, ApJ 443, L93 (1995). Predict
/// x += v dt + a dt²/2 + j dt³/6, v += a dt + j dt²/2; re-evaluate acceleration a and jerk
/// j = Σ m[v/r³ − 3(r·v)r/r⁵]; correct v = v₀ + (a₀+a₁)dt/2 + (j₀−j₁)dt²/12 and x = x₀ + (v₀+v₁)dt/2 + (a₀−a₁)dt²/12.
/// The collision time is t_coll = min over pairs of min(r/v, (r⁶/(mᵢ+mⱼ)²)^{1/4}).
/// </para>
/// <para>
/// <see cref="EvolveTo"/> evaluates the forces once, then steps while <c>t + dt ≤ t_end + 0.5·dt</c>
/// (AMUSE's <c>end_time_accuracy_factor</c>), so the system sits at an internal time near, not exactly at, t_end; like
/// the reference prototype in <c>shared/data/three-body/reference_hermite.py</c> it does not extrapolate to t_end. The
/// floating-point operations follow that prototype's order so the chaotic runs agree with it to round-off.
/// </para>
/// </remarks>
public sealed class HermiteIntegrator
{
    private const int Bodies = 3;
    private readonly double[] _mass = new double[Bodies];
    private readonly double[] _pos = new double[Bodies * 3];
    private readonly double[] _vel = new double[Bodies * 3];
    private readonly double[] _acc = new double[Bodies * 3];
    private readonly double[] _jerk = new double[Bodies * 3];
    private readonly double[] _pos0 = new double[Bodies * 3];
    private readonly double[] _vel0 = new double[Bodies * 3];
    private readonly double[] _acc0 = new double[Bodies * 3];
    private readonly double[] _jerk0 = new double[Bodies * 3];

    /// <summary>The current N-body time.</summary>
    public double Time { get; private set; }

    /// <summary>The number of force (acceleration and jerk) evaluations since <see cref="Load"/>.</summary>
    public long ForceEvaluations { get; private set; }

    /// <summary>Positions in N-body units, body-major (x, y, z per body).</summary>
    public ReadOnlySpan<double> Positions => _pos;

    /// <summary>Velocities in N-body units, body-major (vx, vy, vz per body).</summary>
    public ReadOnlySpan<double> Velocities => _vel;

    /// <summary>Places the bodies as the paper does and moves to the centre-of-mass frame; resets time and counters.</summary>
    /// <param name="initial">The drawn positions of bodies 1 and 2 (au = N-body length).</param>
    /// <remarks>Velocities: body 0 (0, 10, 0) km/s, body 1 (−10, 0, 0) km/s, body 2 at rest.</remarks>
    public void Load(ThreeBodyInitialConditions initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _mass.AsSpan().Fill(1 / 3.0);
        Array.Clear(_pos);
        Array.Clear(_vel);
        _pos[3] = initial.X1;
        _pos[4] = initial.Y1;
        _pos[6] = initial.X2;
        _pos[7] = initial.Y2;
        _vel[1] = 10 * 1e3 / ThreeBodyUnits.VelocityUnit;
        _vel[3] = -10 * 1e3 / ThreeBodyUnits.VelocityUnit;
        MoveToCentre(_pos);
        MoveToCentre(_vel);
        Time = 0;
        ForceEvaluations = 0;
    }

    /// <summary>The total energy (kinetic plus potential) in N-body units.</summary>
    /// <returns>E = Σ ½mv² − Σ mᵢmⱼ/rᵢⱼ.</returns>
    public double Energy()
    {
        double kinetic = 0;
        for (int i = 0; i < Bodies; i++)
        {
            double v2 = 0;
            for (int d = 0; d < 3; d++)
            {
                v2 += _vel[(3 * i) + d] * _vel[(3 * i) + d];
            }

            kinetic += 0.5 * _mass[i] * v2;
        }

        double potential = 0;
        for (int i = 0; i < Bodies; i++)
        {
            for (int k = i + 1; k < Bodies; k++)
            {
                double r2 = 0;
                for (int d = 0; d < 3; d++)
                {
                    double dx = _pos[(3 * i) + d] - _pos[(3 * k) + d];
                    r2 += dx * dx;
                }

                potential -= _mass[i] * _mass[k] / Math.Sqrt(r2);
            }
        }

        return kinetic + potential;
    }

    /// <summary>Advances with accuracy parameter <paramref name="mu"/> until the next step would pass <paramref name="endTime"/>.</summary>
    /// <param name="endTime">The N-body target time.</param>
    /// <param name="mu">Aarseth's accuracy parameter (AMUSE's <c>dt_param</c>); positive.</param>
    public void EvolveTo(double endTime, double mu)
    {
        if (!(mu > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(mu), mu, "The accuracy parameter must be positive.");
        }

        double collisionTime = Forces();
        double dt = mu * collisionTime;
        while (Time + dt <= endTime + (0.5 * dt))
        {
            _pos.CopyTo(_pos0, 0);
            _vel.CopyTo(_vel0, 0);
            _acc.CopyTo(_acc0, 0);
            _jerk.CopyTo(_jerk0, 0);
            double dt3 = Math.Pow(dt, 3);
            for (int n = 0; n < _pos.Length; n++)
            {
                _pos[n] += (_vel[n] * dt) + (_acc[n] * dt * dt / 2) + (_jerk[n] * dt3 / 6);
                _vel[n] += (_acc[n] * dt) + (_jerk[n] * dt * dt / 2);
            }

            collisionTime = Forces();
            for (int n = 0; n < _pos.Length; n++)
            {
                _vel[n] = _vel0[n] + ((_acc0[n] + _acc[n]) * dt / 2) + ((_jerk0[n] - _jerk[n]) * dt * dt / 12);
                _pos[n] = _pos0[n] + ((_vel0[n] + _vel[n]) * dt / 2) + ((_acc0[n] - _acc[n]) * dt * dt / 12);
            }

            Time += dt;
            dt = mu * collisionTime;
        }
    }

    /// <summary>Evaluates acceleration and jerk into the current buffers; returns the collision time.</summary>
    private double Forces()
    {
        ForceEvaluations++;
        Array.Clear(_acc);
        Array.Clear(_jerk);
        double ctq = 1e300;
        Span<double> r = stackalloc double[3];
        Span<double> v = stackalloc double[3];
        Span<double> da = stackalloc double[3];
        for (int i = 0; i < Bodies; i++)
        {
            for (int k = i + 1; k < Bodies; k++)
            {
                double r2 = 0, v2 = 0, rv = 0;
                for (int d = 0; d < 3; d++)
                {
                    r[d] = _pos[(3 * k) + d] - _pos[(3 * i) + d];
                    v[d] = _vel[(3 * k) + d] - _vel[(3 * i) + d];
                }

                for (int d = 0; d < 3; d++)
                {
                    r2 += r[d] * r[d];
                }

                for (int d = 0; d < 3; d++)
                {
                    v2 += v[d] * v[d];
                }

                for (int d = 0; d < 3; d++)
                {
                    rv += r[d] * v[d];
                }

                rv /= r2;
                double r3 = Math.Sqrt(r2) * r2;
                for (int d = 0; d < 3; d++)
                {
                    da[d] = r[d] / r3;
                    double dj = (v[d] - (3 * rv * r[d])) / r3;
                    _acc[(3 * i) + d] += _mass[k] * da[d];
                    _acc[(3 * k) + d] -= _mass[i] * da[d];
                    _jerk[(3 * i) + d] += _mass[k] * dj;
                    _jerk[(3 * k) + d] -= _mass[i] * dj;
                }

                ctq = Math.Min(ctq, v2 > 0 ? r2 * r2 / (v2 * v2) : 1e300);
                double da2 = ((da[0] * da[0]) + (da[1] * da[1]) + (da[2] * da[2])) * Math.Pow(_mass[i] + _mass[k], 2);
                ctq = Math.Min(ctq, r2 / da2);
            }
        }

        return Math.Sqrt(Math.Sqrt(ctq));
    }

    private void MoveToCentre(double[] values)
    {
        double totalMass = 0;
        for (int i = 0; i < Bodies; i++)
        {
            totalMass += _mass[i];
        }

        for (int d = 0; d < 3; d++)
        {
            double weighted = 0;
            for (int i = 0; i < Bodies; i++)
            {
                weighted += _mass[i] * values[(3 * i) + d];
            }

            double centre = weighted / totalMass;
            for (int i = 0; i < Bodies; i++)
            {
                values[(3 * i) + d] -= centre;
            }
        }
    }
}
