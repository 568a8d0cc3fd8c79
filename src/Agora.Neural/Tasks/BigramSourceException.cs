namespace Agora.Neural.Tasks;

/// <summary>A bigram source (corpus or config file) could not be read or is inconsistent; the message names the file and the fault.</summary>
public sealed class BigramSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A one-line message naming the file and the fault.</param>
    public BigramSourceException(string message)
        : base(message)
    {
    }
}
