namespace Agora.Core.Environments.GridWorld;

/// <summary>A level generator could not produce a layout (for example because its rooms cannot fit the grid).</summary>
public sealed class GridGenerationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GridGenerationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public GridGenerationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public GridGenerationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
