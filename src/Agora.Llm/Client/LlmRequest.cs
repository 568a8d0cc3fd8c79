namespace Agora.Llm.Client;

/// <summary>One chat-completion request: a single user message, as Akata et al. and Vallinder &amp; Hughes send.</summary>
/// <param name="Prompt">The user message.</param>
/// <param name="SampleKey">
/// Distinguishes repeated identical prompts that must stay independent samples at temperature &gt; 0 (Agora uses the
/// trial seed plus the call's ordinal); the cache keys on it.
/// </param>
/// <param name="SystemPrompt">An optional system message.</param>
/// <param name="MaxTokens">Overrides <see cref="LlmOptions.MaxTokens"/> for this request when set.</param>
public sealed record LlmRequest(string Prompt, string SampleKey, string? SystemPrompt = null, int? MaxTokens = null);

/// <summary>What the model answered.</summary>
/// <param name="Text">The reply text (empty when the endpoint returned no choice).</param>
/// <param name="PromptTokens">Prompt tokens the endpoint reported (0 if it did not).</param>
/// <param name="CompletionTokens">Completion tokens the endpoint reported (0 if it did not).</param>
/// <param name="FromCache">Whether the reply came from the response cache rather than the endpoint.</param>
public sealed record LlmReply(string Text, long PromptTokens, long CompletionTokens, bool FromCache = false);

/// <summary>Sends requests to a language model.</summary>
/// <threadsafety>Implementations are safe to call concurrently.</threadsafety>
public interface ILlmClient
{
    /// <summary>The options this client was built with.</summary>
    LlmOptions Options { get; }

    /// <summary>Asks the model.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the request (Ctrl-C).</param>
    /// <returns>The reply.</returns>
    /// <exception cref="LlmException">The endpoint kept failing after every retry.</exception>
    Task<LlmReply> CompleteAsync(LlmRequest request, CancellationToken cancellationToken = default);
}
