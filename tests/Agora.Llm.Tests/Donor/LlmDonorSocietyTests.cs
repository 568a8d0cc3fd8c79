using Agora.Core.Donor;
using Agora.Core.Experiments;
using Agora.Llm.Client;
using Agora.Llm.Donor;

namespace Agora.Llm.Tests.Donor;

public sealed class LlmDonorSocietyTests
{
    private static string Responder(string prompt) =>
        prompt.Contains("create a strategy", StringComparison.Ordinal) || prompt.Contains("create your own strategy", StringComparison.Ordinal)
            ? "Think: reciprocity pays. My strategy will be to give 20% to anyone."
            : prompt.Contains("round 3.", StringComparison.Ordinal) ? "I am not sure." // never parsable: exercises re-asking and the fallback
            : "Justification: I follow my strategy.\nAnswer: 2";

    private static (RecordingSink Sink, LlmUsage Usage) Run(ScriptedChatServer server, InMemoryLlmResponseCache cache, int agents = 4, int concurrency = 1)
    {
        var usage = new LlmUsage();
        var client = LlmClientFactory.Create(new LlmOptions { Endpoint = server.Endpoint, Model = "scripted", MaxTokens = 256, MaxConcurrency = Math.Max(concurrency, 1) }, usage, TimeProvider.System, _ => null, cache);
        var sink = new RecordingSink();
        LlmDonorSociety.Run(new DonorGameOptions { Agents = agents, Generations = 2 }, client, usage, seed: 7, sink, TestContext.Current.CancellationToken, concurrency);
        return (sink, usage);
    }

    [Fact]
    public void A_failing_endpoint_surfaces_as_an_LlmException_when_requests_run_concurrently()
    {
        using var server = new ScriptedChatServer(Responder);
        server.Then([.. Enumerable.Repeat<ScriptedReply>(new ScriptedReply.Status(500), 64)]);
        var usage = new LlmUsage();
        var client = LlmClientFactory.Create(new LlmOptions { Endpoint = server.Endpoint, Model = "scripted", MaxRetries = 0, MaxConcurrency = 4 }, usage, TimeProvider.System, _ => null, new InMemoryLlmResponseCache());
        var error = Assert.Throws<LlmException>(() => LlmDonorSociety.Run(new DonorGameOptions { Agents = 8, Generations = 1 }, client, usage, seed: 1, new RecordingSink(), TestContext.Current.CancellationToken, concurrency: 4));
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_a_round_concurrently_gives_the_same_society_and_overlaps_the_requests()
    {
        int inFlight = 0, most = 0;
        string Slow(string prompt)
        {
            int now = Interlocked.Increment(ref inFlight);
            int seen;
            while ((seen = Volatile.Read(ref most)) < now && Interlocked.CompareExchange(ref most, now, seen) != seen)
            {
            }

            Thread.Sleep(15);
            Interlocked.Decrement(ref inFlight);
            // Answers depend on the prompt only, so every decision gets the same reply whichever order it is asked in.
            return prompt.Contains("create", StringComparison.Ordinal)
                ? "My strategy will be to give a fixed share."
                : "Justification: share.\nAnswer: " + (prompt.Length % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var serial = new ScriptedChatServer(Slow);
        var one = Run(serial, new InMemoryLlmResponseCache(), agents: 8, concurrency: 1);
        Assert.Equal(1, most);
        most = 0;
        using var parallel = new ScriptedChatServer(Slow);
        var four = Run(parallel, new InMemoryLlmResponseCache(), agents: 8, concurrency: 4);
        Assert.True(most >= 2, $"at most {most} request(s) were in flight at once");
        Assert.Equal(serial.RequestCount, parallel.RequestCount);
        Assert.Equal(one.Sink.Scalars, four.Sink.Scalars);
        Assert.Equal(one.Sink.Artifacts.Select(a => (a.Name, System.Text.Encoding.UTF8.GetString(a.Content))), four.Sink.Artifacts.Select(a => (a.Name, System.Text.Encoding.UTF8.GetString(a.Content))));
    }

    [Fact]
    public void A_society_plays_through_the_loopback_server_re_asks_bad_answers_and_falls_back()
    {
        using var server = new ScriptedChatServer(Responder);
        var (sink, usage) = Run(server, new InMemoryLlmResponseCache());
        // 4 agents: 4 rounds per game, 2 pairs per round, 2 games = 16 decisions per generation, 2 generations.
        // Round 3 of each game (2 pairs) never parses: 10 asks each and a fallback.
        Assert.Equal(2 * 2 * 2, usage.Fallbacks);
        Assert.Equal(2 * 2 * 2 * 10, usage.InvalidReplies);
        int strategyCalls = 4 + 2;
        int decisionCalls = (2 * 16) - (2 * 2 * 2) + (2 * 2 * 2 * 10);
        Assert.Equal(strategyCalls + decisionCalls, server.RequestCount);
        Assert.Equal(2, sink.Scalars.Count(s => s.Key == "resources"));
        Assert.Contains(sink.Artifacts, a => a.Name == "strategies/generation-2.json" && System.Text.Encoding.UTF8.GetString(a.Content).Contains("give 20%", StringComparison.Ordinal));
        Assert.Contains(sink.SummaryValues, s => s.Key == "llm/fallbacks" && s.Value == 8);
        Assert.Contains(server.Prompts, p => p.StartsWith("Your name is Agent ", StringComparison.Ordinal) && p.Contains("As you will recall, here is the strategy you decided to follow: My strategy will be to give 20% to anyone.This is generation 1. It is now round 1. In this round, you have been paired with", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rerun_with_the_same_seed_is_served_entirely_from_the_cache()
    {
        using var server = new ScriptedChatServer(Responder);
        var cache = new InMemoryLlmResponseCache();
        var first = Run(server, cache);
        int requests = server.RequestCount;
        var second = Run(server, cache);
        Assert.Equal(requests, server.RequestCount);
        Assert.Equal(first.Sink.Scalars, second.Sink.Scalars);
    }
}
