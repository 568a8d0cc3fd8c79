namespace Agora.Cli.Specs;

/// <summary>A spec file was refused; the message names the file, the key path and (for YAML) the line.</summary>
public sealed class SpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">A one-line message.</param>
    /// <param name="inner">The underlying parser error, if any.</param>
    public SpecException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
