namespace Agora.Core.MultiAgent;

/// <summary>A Q-table whose rows are found by hashing the feature vector (state hashing).</summary>
/// <remarks>
/// The key is a 64-bit FNV-1a hash of the features' bit patterns, so equal observations share a row; distinct
/// observations collide with probability about n²/2⁶⁵ for n states, negligible for tabular problems. Rows start at
/// <see cref="InitialValue"/>. Looking up an unseen state allocates its row; known states allocate nothing.
/// </remarks>
public sealed class TabularQ : IQFunction
{
    private readonly Dictionary<ulong, int> _rows = [];
    private double[] _values = new double[1024];

    /// <summary>Creates an empty table.</summary>
    /// <param name="numActions">Actions per state; positive.</param>
    /// <param name="initialValue">The value of unseen state-actions; 0 by default.</param>
    public TabularQ(int numActions, double initialValue = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(numActions);
        NumActions = numActions;
        InitialValue = initialValue;
    }

    /// <inheritdoc />
    public int NumActions { get; }

    /// <summary>The value of unseen state-actions.</summary>
    public double InitialValue { get; }

    /// <summary>The number of distinct states seen.</summary>
    public int StateCount => _rows.Count;

    /// <summary>The stable 64-bit hash of a feature vector.</summary>
    /// <param name="features">The features.</param>
    /// <returns>The key.</returns>
    public static ulong Key(ReadOnlySpan<float> features)
    {
        ulong h = 14695981039346656037UL;
        foreach (float f in features)
        {
            h = unchecked((h ^ BitConverter.SingleToUInt32Bits(f == 0 ? 0f : f)) * 1099511628211UL);
        }

        return h;
    }

    /// <summary>The row of the state with key <paramref name="key"/>, created if unseen.</summary>
    /// <param name="key">The state key.</param>
    /// <returns>The action values, writable.</returns>
    public Span<double> Row(ulong key)
    {
        if (!_rows.TryGetValue(key, out int row))
        {
            row = _rows.Count;
            _rows.Add(key, row);
            if ((row + 1) * NumActions > _values.Length)
            {
                Array.Resize(ref _values, _values.Length * 2);
            }

            _values.AsSpan(row * NumActions, NumActions).Fill(InitialValue);
        }

        return _values.AsSpan(row * NumActions, NumActions);
    }

    /// <inheritdoc />
    public void Values(ReadOnlySpan<float> features, Span<double> values) => Row(Key(features)).CopyTo(values);

    /// <inheritdoc />
    public void Update(ReadOnlySpan<float> features, int action, double error, double alpha) => Row(Key(features))[action] += alpha * error;
}
