namespace Agora.Llm.Client;

/// <summary>One attempt at one request, with no retrying: the seam between the resilience policy and the wire.</summary>
public interface ILlmTransport
{
    /// <summary>Sends the request once.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the attempt (timeout or Ctrl-C).</param>
    /// <returns>The reply.</returns>
    /// <exception cref="LlmTransportException">The attempt failed; <see cref="LlmTransportException.IsTransient"/> says whether to retry.</exception>
    Task<LlmReply> SendAsync(LlmRequest request, CancellationToken cancellationToken);
}
