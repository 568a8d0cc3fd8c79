namespace Agora.Cli.Store;

/// <summary>The run store could not be used; the message names the file and the reason in one line.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A one-line message.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
