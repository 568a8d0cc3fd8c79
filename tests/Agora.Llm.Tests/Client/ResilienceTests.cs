using System.Diagnostics;
using Agora.Llm.Client;

namespace Agora.Llm.Tests.Client;

public sealed class ResilienceTests
{
    private static (ILlmClient Client, LlmUsage Usage) Client(ScriptedChatServer server, int retries = 3, double timeoutSeconds = 5, InMemoryLlmResponseCache? cache = null)
    {
        var options = new LlmOptions
        {
            Endpoint = server.Endpoint,
            Model = "scripted",
            MaxRetries = retries,
            Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            BaseDelay = TimeSpan.FromMilliseconds(20),
        };
        var usage = new LlmUsage();
        return (LlmClientFactory.Create(options, usage, TimeProvider.System, _ => null, cache), usage);
    }

    private static LlmRequest Ask(string prompt = "Q: Which Option?\nA: Option", string sample = "t0/c0") => new(prompt, sample);

    [Fact]
    public async Task A_good_reply_comes_back_with_its_token_counts()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.Ok(" F"));
        var (client, usage) = Client(server);
        var reply = await client.CompleteAsync(Ask(), TestContext.Current.CancellationToken);
        Assert.Equal(" F", reply.Text);
        Assert.Equal(1, server.RequestCount);
        Assert.Equal(12, usage.PromptTokens);
        Assert.Equal(1, usage.CompletionTokens);
        Assert.Equal("Q: Which Option?\nA: Option", Assert.Single(server.Prompts));
    }

    [Fact]
    public async Task A_429_is_retried_no_sooner_than_retry_after()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.Status(429, RetryAfter: "1"), new ScriptedReply.Ok("J"));
        var (client, usage) = Client(server);
        var clock = Stopwatch.StartNew();
        var reply = await client.CompleteAsync(Ask(), TestContext.Current.CancellationToken);
        Assert.Equal("J", reply.Text);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed.TotalSeconds:F2} s");
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(1, usage.Retries);
    }

    [Theory]
    [InlineData("500")]
    [InlineData("503")]
    [InlineData("drop")]
    [InlineData("hang")]
    [InlineData("empty-then-ok")]
    public async Task A_transient_fault_is_retried_and_then_succeeds(string fault)
    {
        ScriptedReply first = fault switch
        {
            "drop" => new ScriptedReply.Drop(),
            "hang" => new ScriptedReply.Hang(TimeSpan.FromSeconds(3)),
            "empty-then-ok" => new ScriptedReply.Status(502),
            _ => new ScriptedReply.Status(int.Parse(fault, System.Globalization.CultureInfo.InvariantCulture)),
        };
        using var server = new ScriptedChatServer().Then(first, new ScriptedReply.Ok("J"));
        // Only the hang needs a short timeout; a loaded CI machine must not turn slow good replies into timeouts.
        var (client, usage) = Client(server, retries: 5, timeoutSeconds: fault == "hang" ? 1 : 10);
        var reply = await client.CompleteAsync(Ask(), TestContext.Current.CancellationToken);
        Assert.Equal("J", reply.Text);
        if (fault == "drop")
        {
            // An aborted connection can also poison the pooled connection the next attempt picks up; what matters is
            // that the fault ends in retries and a good reply.
            Assert.InRange(usage.Retries, 1, 5);
        }
        else
        {
            Assert.Equal(1, usage.Retries);
        }
    }

    [Fact]
    public async Task An_empty_choice_list_is_an_empty_reply_not_a_crash()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.EmptyChoices());
        var (client, _) = Client(server);
        var reply = await client.CompleteAsync(Ask(), TestContext.Current.CancellationToken);
        Assert.Equal(string.Empty, reply.Text.Trim());
    }

    [Fact]
    public async Task Exhausted_retries_fail_with_a_clear_error()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.Status(500), new ScriptedReply.Status(500), new ScriptedReply.Status(500));
        var (client, usage) = Client(server, retries: 2);
        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask(), TestContext.Current.CancellationToken));
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount);
        Assert.Equal(2, usage.Retries);
    }

    [Fact]
    public async Task A_non_transient_error_is_not_retried()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.Status(401));
        var (client, _) = Client(server);
        var error = await Assert.ThrowsAsync<LlmException>(() => client.CompleteAsync(Ask(), TestContext.Current.CancellationToken));
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task The_cache_makes_a_second_identical_run_send_no_requests()
    {
        using var server = new ScriptedChatServer(_ => "J");
        var cache = new InMemoryLlmResponseCache();
        var (first, _) = Client(server, cache: cache);
        for (int call = 0; call < 5; call++)
        {
            await first.CompleteAsync(Ask(sample: $"seed7/{call}"), TestContext.Current.CancellationToken);
        }

        Assert.Equal(5, server.RequestCount);
        var (second, usage) = Client(server, cache: cache);
        for (int call = 0; call < 5; call++)
        {
            Assert.True((await second.CompleteAsync(Ask(sample: $"seed7/{call}"), TestContext.Current.CancellationToken)).FromCache);
        }

        Assert.Equal(5, server.RequestCount);
        Assert.Equal(5, usage.CacheHits);
        Assert.Equal(0, usage.Requests);
    }

    [Fact]
    public async Task Cancellation_stops_a_request_promptly()
    {
        using var server = new ScriptedChatServer().Then(new ScriptedReply.Hang(TimeSpan.FromSeconds(10)));
        var (client, _) = Client(server, timeoutSeconds: 30);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CompleteAsync(Ask(), cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_api_key_goes_only_into_the_authorization_header()
    {
        using var server = new ScriptedChatServer();
        var options = new LlmOptions { Endpoint = server.Endpoint, Model = "scripted" };
        var client = LlmClientFactory.Create(options, new LlmUsage(), TimeProvider.System, name => name == "AGORA_LLM_API_KEY" ? "sk-test-SECRET-123" : null, null);
        await client.CompleteAsync(Ask(), TestContext.Current.CancellationToken);
        Assert.Equal("Bearer sk-test-SECRET-123", Assert.Single(server.AuthorizationHeaders));
        Assert.DoesNotContain("SECRET", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", string.Concat(server.Prompts), StringComparison.Ordinal);
    }
}
