namespace Agora.Core.Environments.ThreeBody;

/// <summary>Settings of <see cref="ThreeBodyEnv"/>; the defaults are the paper's training settings.</summary>
public sealed record ThreeBodyOptions
{
    private readonly int _steps = 100;
    private readonly double _checkStepYears = 0.1;
    private readonly double _energyErrorLimit = 0.1;
    private readonly double _errorWeight = 3500;
    private readonly double _costWeight = 4;

    /// <summary>RL steps per episode (default 100, i.e. 10 yr).</summary>
    public int Steps { get => _steps; init => _steps = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(Steps), value, "Steps must be positive."); }

    /// <summary>Length of one RL step in years (default 0.1, the paper's <c>check_step</c>).</summary>
    public double CheckStepYears { get => _checkStepYears; init => _checkStepYears = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(CheckStepYears), value, "CheckStepYears must be positive."); }

    /// <summary>The episode terminates once the cumulative relative energy error exceeds this (default 0.1).</summary>
    public double EnergyErrorLimit { get => _energyErrorLimit; init => _energyErrorLimit = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(EnergyErrorLimit), value, "EnergyErrorLimit must be positive."); }

    /// <summary>W0, the energy-error weight of reward 5 (default 3500; the saved Hermite model used 3000).</summary>
    public double ErrorWeight { get => _errorWeight; init => _errorWeight = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(ErrorWeight), value, "ErrorWeight must be non-negative."); }

    /// <summary>W2, the weight of the accuracy-parameter (compute) term of reward 5 (default 4).</summary>
    public double CostWeight { get => _costWeight; init => _costWeight = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(CostWeight), value, "CostWeight must be non-negative."); }
}
