using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Agora.Llm.Tests;

/// <summary>What the scripted server does with one request.</summary>
internal abstract record ScriptedReply
{
    public sealed record Ok(string Content) : ScriptedReply;

    public sealed record Status(int Code, string? RetryAfter = null) : ScriptedReply;

    public sealed record EmptyChoices : ScriptedReply;

    public sealed record Hang(TimeSpan Duration) : ScriptedReply;

    public sealed record Drop : ScriptedReply;
}

/// <summary>
/// A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions wire format and answers from a script,
/// so the whole client path (SDK, HTTP, retries, cache) is tested end to end without leaving the machine.
/// </summary>
internal sealed class ScriptedChatServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly Func<string, string>? _responder;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _requests;

    public ScriptedChatServer(Func<string, string>? responder = null)
    {
        _responder = responder;
        int port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public int RequestCount => Volatile.Read(ref _requests);

    public ConcurrentQueue<string> Prompts { get; } = new();

    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    public ScriptedChatServer Then(params ScriptedReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        string body;
        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        AuthorizationHeaders.Enqueue(context.Request.Headers["Authorization"] ?? string.Empty);
        string prompt = ExtractPrompt(body);
        Prompts.Enqueue(prompt);
        var reply = _script.TryDequeue(out var next) ? next : new ScriptedReply.Ok(_responder?.Invoke(prompt) ?? "J");
        var response = context.Response;
        try
        {
            switch (reply)
            {
                case ScriptedReply.Ok ok:
                    await WriteJsonAsync(response, 200, Completion(ok.Content)).ConfigureAwait(false);
                    break;
                case ScriptedReply.EmptyChoices:
                    await WriteJsonAsync(response, 200, """{"id":"x","object":"chat.completion","created":0,"model":"m","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":0,"total_tokens":5}}""").ConfigureAwait(false);
                    break;
                case ScriptedReply.Status status:
                    if (status.RetryAfter is not null)
                    {
                        response.AddHeader("Retry-After", status.RetryAfter);
                    }

                    await WriteJsonAsync(response, status.Code, """{"error":{"message":"scripted failure","type":"server_error"}}""").ConfigureAwait(false);
                    break;
                case ScriptedReply.Hang hang:
                    await Task.Delay(hang.Duration).ConfigureAwait(false);
                    await WriteJsonAsync(response, 200, Completion("J")).ConfigureAwait(false);
                    break;
                case ScriptedReply.Drop:
                    response.Abort();
                    break;
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (timeout) before the scripted hang ended.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-scripted",
        @object = "chat.completion",
        created = 0,
        model = "scripted",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 12, completion_tokens = 1, total_tokens = 13 },
    });

    private static async Task WriteJsonAsync(HttpListenerResponse response, int status, string json)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        response.StatusCode = status;
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        response.Close();
    }

    private static string ExtractPrompt(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var messages = document.RootElement.GetProperty("messages");
            return messages[messages.GetArrayLength() - 1].GetProperty("content").GetString() ?? string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
