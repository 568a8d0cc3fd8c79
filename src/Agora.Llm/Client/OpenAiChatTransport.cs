using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;

namespace Agora.Llm.Client;

/// <summary>
/// Sends chat completions to any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) through
/// Microsoft.Extensions.AI, one attempt at a time: the SDK's own retries are switched off so that
/// <see cref="ResilientLlmClient"/> alone decides when to retry and can honour <c>Retry-After</c>.
/// </summary>
public sealed class OpenAiChatTransport : ILlmTransport
{
    private readonly IChatClient _chat;
    private readonly LlmOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the transport.</summary>
    /// <param name="options">Endpoint, model and sampling settings.</param>
    /// <param name="apiKey">The API key (from the environment; servers that need none accept any value).</param>
    /// <param name="time">The clock for HTTP-date <c>Retry-After</c> values.</param>
    public OpenAiChatTransport(LlmOptions options, string apiKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        _options = options;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.Timeout,
        };
        _chat = new ChatClient(options.Model, new ApiKeyCredential(apiKey), clientOptions).AsIChatClient();
    }

    /// <inheritdoc />
    public async Task<LlmReply> SendAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var messages = new List<Microsoft.Extensions.AI.ChatMessage>(2);
        if (request.SystemPrompt is not null)
        {
            messages.Add(new Microsoft.Extensions.AI.ChatMessage(ChatRole.System, request.SystemPrompt));
        }

        messages.Add(new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, request.Prompt));
        var chatOptions = new ChatOptions
        {
            ModelId = _options.Model,
            Temperature = (float)_options.Temperature,
            MaxOutputTokens = request.MaxTokens ?? _options.MaxTokens,
        };

        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            ChatResponse response = await _chat.GetResponseAsync(messages, chatOptions, linked.Token).ConfigureAwait(false);
            return new LlmReply(response.Text ?? string.Empty, response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
        }
        catch (ClientResultException e)
        {
            throw new LlmTransportException($"HTTP {e.Status} from {_options.Endpoint}", e.Status == 0 ? null : e.Status, RetryAfter(e.GetRawResponse()), e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmTransportException($"no reply from {_options.Endpoint} within {_options.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s", null, null, e);
        }
        catch (HttpRequestException e)
        {
            throw new LlmTransportException($"connection to {_options.Endpoint} failed: {e.Message}", (int?)e.StatusCode, null, e);
        }
        catch (System.Text.Json.JsonException e)
        {
            // A connection cut mid-reply leaves a truncated or empty body; another attempt may well succeed.
            throw new LlmTransportException($"malformed reply body from {_options.Endpoint}: {e.Message}", null, null, e);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "index")
        {
            // The SDK indexes choices[0]; a reply with an empty choice list is an empty answer, which the player re-asks.
            return new LlmReply(string.Empty, 0, 0);
        }
        catch (IOException e)
        {
            throw new LlmTransportException($"connection to {_options.Endpoint} dropped: {e.Message}", null, null, e);
        }
    }

    private TimeSpan? RetryAfter(PipelineResponse? response)
    {
        if (response is null || !response.Headers.TryGetValue("Retry-After", out string? value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? TimeSpan.FromTicks(Math.Max(0, (when - _time.GetUtcNow()).Ticks))
            : null;
    }
}
