namespace Agora.Core.Testing;

/// <summary>A game or environment broke one of the contracts checked by <see cref="GameConformance"/> or <see cref="EnvConformance"/>.</summary>
public sealed class ConformanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConformanceException()
    {
    }

    /// <summary>Creates the exception with a message naming the game, the check and where it failed.</summary>
    /// <param name="message">The message.</param>
    public ConformanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error the game raised.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The underlying error.</param>
    public ConformanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
