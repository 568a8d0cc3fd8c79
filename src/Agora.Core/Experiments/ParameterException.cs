namespace Agora.Core.Experiments;

/// <summary>A parameter value or key was rejected; the message names the parameter and the offending value.</summary>
public sealed class ParameterException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="parameter">The parameter (key) at fault.</param>
    /// <param name="message">A one-line message naming the key and the value.</param>
    public ParameterException(string parameter, string message)
        : base(message)
    {
        Parameter = parameter;
    }

    /// <summary>The parameter (key) at fault.</summary>
    public string Parameter { get; }
}
