using Agora.Core.Environments;
using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Tests.Environments;

/// <summary>A one-agent test environment emitting Gaussian observations and rewards with known moments.</summary>
internal sealed class StreamEnv : IParallelEnv
{
    private readonly double[] _means;
    private readonly double[] _deviations;
    private readonly float[] _current;
    private readonly double _rewardMean;
    private readonly double _rewardDeviation;
    private AgoraRandom _rng;

    public StreamEnv(double[] means, double[] deviations, double rewardMean = 0, double rewardDeviation = 1)
    {
        _means = means;
        _deviations = deviations;
        _current = new float[means.Length];
        _rewardMean = rewardMean;
        _rewardDeviation = rewardDeviation;
        ObservationSpace = Box.Unbounded(means.Length);
    }

    public int NumAgents => 1;

    public int ObservationSize => _means.Length;

    public int NumActions => 1;

    public int StateSize => 0;

    public Box ObservationSpace { get; }

    public Discrete ActionSpace { get; } = new(1);

    public void Reset(ulong seed)
    {
        _rng = new AgoraRandom(seed);
        Draw();
    }

    public void Step(ReadOnlySpan<int> actions, Span<float> rewards, Span<bool> terminated, Span<bool> truncated)
    {
        rewards[0] = (float)_rng.NextGaussian(_rewardMean, _rewardDeviation);
        terminated[0] = false;
        truncated[0] = false;
        Draw();
    }

    public void WriteObservations(Span<float> destination) => _current.CopyTo(destination);

    public void WriteActionMasks(Span<bool> destination) => destination[0] = true;

    public void WriteActingAgents(Span<bool> destination) => destination[0] = true;

    public void WriteState(Span<float> destination)
    {
    }

    private void Draw()
    {
        for (int i = 0; i < _current.Length; i++)
        {
            _current[i] = (float)_rng.NextGaussian(_means[i], _deviations[i]);
        }
    }
}
