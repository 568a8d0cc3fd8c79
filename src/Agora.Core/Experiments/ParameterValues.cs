using System.Collections;


namespace Agora.Core.Experiments;

/// <summary>The complete, validated parameter values of one trial, in the experiment's declared order.</summary>
/// <threadsafety>Immutable; safe to share.</threadsafety>
public sealed class ParameterValues : IReadOnlyList<KeyValuePair<string, object>>
{
    private readonly KeyValuePair<string, object>[] _values;

    /// <summary>Creates values from already-validated pairs, in declared order.</summary>
    /// <param name="values">The pairs.</param>
    public ParameterValues(IEnumerable<KeyValuePair<string, object>> values)
    {
        _values = values.ToArray();
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public KeyValuePair<string, object> this[int index] => _values[index];

    /// <summary>The raw value of <paramref name="name"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">No such parameter.</exception>
    public object this[string name]
    {
        get
        {
            foreach (var pair in _values)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            throw new KeyNotFoundException($"No parameter named '{name}'.");
        }
    }

    /// <summary>An integer parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public long GetInteger(string name) => (long)this[name];

    /// <summary>An integer parameter that fits in <see cref="int"/>.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public int GetInt32(string name) => checked((int)(long)this[name]);

    /// <summary>A real parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public double GetReal(string name) => (double)this[name];

    /// <summary>A boolean parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public bool GetBoolean(string name) => (bool)this[name];

    /// <summary>A choice parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public string GetChoice(string name) => (string)this[name];

    /// <summary>A free-text parameter.</summary>
    /// <param name="name">The parameter name.</param>
    /// <returns>Its value.</returns>
    public string GetText(string name) => (string)this[name];

    /// <summary>A stable text form, <c>a=1,b=0.5</c>, used in trial keys.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(",", _values.Select(p => p.Key + "=" + ParameterSpec.Format(p.Value)));

    /// <summary>The values as a dictionary of invariant-culture-friendly objects (for JSON).</summary>
    /// <returns>A new dictionary preserving declared order.</returns>
    public IReadOnlyDictionary<string, object> ToDictionary()
    {
        var dict = new Dictionary<string, object>(_values.Length);
        foreach (var pair in _values)
        {
            dict[pair.Key] = pair.Value;
        }

        return dict;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object>>)_values).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

}
