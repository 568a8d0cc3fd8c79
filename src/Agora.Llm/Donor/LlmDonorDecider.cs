using System.Globalization;
using Agora.Core.Donor;
using Agora.Core.Randomness;
using Agora.Llm.Client;
using Agora.Llm.Parsing;
using Agora.Llm.Prompts;

namespace Agora.Llm.Donor;

/// <summary>
/// Donor-game decisions asked of a language model with Vallinder &amp; Hughes's per-decision prompt (CC-BY 4.0; arXiv
/// 2412.10270). A reply without a valid <c>Answer:</c> is asked again, up to the paper's 10 attempts; then the donor
/// gives 0, and the fallback is counted. A round's questions (and a generation's strategy questions) go out up to
/// <see cref="Concurrency"/> at a time, as the notebook's thread pool sends up to 10; every request's sample key names
/// its decision (generation, game, round, donor, attempt), so results and cache hits do not depend on the concurrency.
/// </summary>
public sealed class LlmDonorDecider : IDonorRoundDecider
{
    private readonly ILlmClient _client;
    private readonly LlmUsage _usage;
    private readonly DonorPromptSettings _settings;
    private readonly string _systemPrompt;
    private readonly string _sampleRoot;
    private readonly CancellationToken _cancellation;

    /// <summary>Creates the decider.</summary>
    /// <param name="client">The model.</param>
    /// <param name="usage">Counters for invalid replies and fallbacks.</param>
    /// <param name="settings">The game parameters the prompts state.</param>
    /// <param name="strategies">Each agent's current strategy text (null before it has one); read at every decision.</param>
    /// <param name="sampleRoot">The trial's sample-key prefix (its seed), so reruns hit the cache and repeats stay independent.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    /// <param name="concurrency">How many requests may be in flight at once (default 1: one at a time).</param>
    public LlmDonorDecider(ILlmClient client, LlmUsage usage, DonorPromptSettings settings, string?[] strategies, string sampleRoot, CancellationToken cancellation, int concurrency = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrency, 1);
        Concurrency = concurrency;
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Strategies = strategies ?? throw new ArgumentNullException(nameof(strategies));
        _sampleRoot = sampleRoot;
        _cancellation = cancellation;
        _systemPrompt = DonorPrompts.System(settings);
    }

    /// <summary>How many requests may be in flight at once.</summary>
    public int Concurrency { get; }

    /// <summary>Each agent's strategy text.</summary>
    public string?[] Strategies { get; }

    /// <summary>The agent's display name, as the notebook numbers them.</summary>
    /// <param name="agent">The index.</param>
    /// <returns>"Agent 1", "Agent 2", ….</returns>
    public static string Name(int agent) => "Agent " + (agent + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public DonorAction Decide(in DonorDecisionContext context, ref AgoraRandom rng) => AskAsync(context).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public void DecideRound(ReadOnlySpan<DonorDecisionContext> contexts, Span<DonorAction> actions, ref AgoraRandom rng)
    {
        var asked = contexts.ToArray();
        var answers = new DonorAction[asked.Length];
        RunConcurrently(asked.Length, async i => answers[i] = await AskAsync(asked[i]).ConfigureAwait(false));
        answers.CopyTo(actions);
    }

    private async ValueTask<DonorAction> AskAsync(DonorDecisionContext context)
    {
        string prompt = DonorPrompts.Decision(
            Name(context.Donor),
            Strategies[context.Donor],
            context.Generation,
            context.Round,
            Name(context.Recipient),
            Round2(context.RecipientResources),
            [context.RecipientTrace.Describe(context.Recipient, Name, _settings.PunishmentLoss)],
            Round2(context.DonorResources),
            _settings);
        bool punish = _settings.Variant == DonorVariant.CostlyPunishment;
        bool refuse = _settings.Variant == DonorVariant.PartnerChoice;
        string decision = string.Create(CultureInfo.InvariantCulture, $"{_sampleRoot}/decision/{context.Generation}/{context.Game}/{context.Round}/{context.Donor}");
        for (int attempt = 0; attempt < DonorReplyParser.MaxAttempts; attempt++)
        {
            string key = decision + "/" + attempt.ToString(CultureInfo.InvariantCulture);
            var reply = await _client.CompleteAsync(new LlmRequest(prompt, key, _systemPrompt), _cancellation).ConfigureAwait(false);
            if (DonorReplyParser.TryParse(reply.Text, context.DonorResources, punish, refuse, out var parsed))
            {
                return new DonorAction(parsed!.Kind, parsed.Amount);
            }

            _usage.AddInvalidReply();
        }

        _usage.AddFallback();
        return DonorAction.Donate(0);
    }

    /// <summary>Asks several agents for their strategies, up to <see cref="Concurrency"/> at a time.</summary>
    /// <param name="agents">The agents.</param>
    /// <param name="inheritedAdvice">The survivors' strategies and scores, or null in generation 1.</param>
    /// <param name="generation">The generation the strategies are for (part of each request's sample key).</param>
    /// <returns>Each agent's strategy, in the order of <paramref name="agents"/>.</returns>
    public string[] AskStrategies(IReadOnlyList<int> agents, string? inheritedAdvice, int generation)
    {
        ArgumentNullException.ThrowIfNull(agents);
        var strategies = new string[agents.Count];
        RunConcurrently(agents.Count, async i => strategies[i] = await AskStrategyAsync(agents[i], inheritedAdvice, generation).ConfigureAwait(false));
        return strategies;
    }

    /// <summary>Asks an agent for its strategy: generation 1 from scratch, later generations from the survivors' advice.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="inheritedAdvice">The survivors' strategies and scores, or null in generation 1.</param>
    /// <param name="generation">The generation the strategy is for (part of the request's sample key).</param>
    /// <returns>"My strategy will be …", or the whole reply when the marker is missing.</returns>
    public string AskStrategy(int agent, string? inheritedAdvice, int generation) =>
        AskStrategyAsync(agent, inheritedAdvice, generation).AsTask().GetAwaiter().GetResult();

    private async ValueTask<string> AskStrategyAsync(int agent, string? inheritedAdvice, int generation)
    {
        string prompt = inheritedAdvice is null
            ? DonorPrompts.FirstGenerationStrategy(Name(agent), _settings)
            : DonorPrompts.LaterGenerationStrategy(Name(agent), inheritedAdvice, _settings);
        string key = string.Create(CultureInfo.InvariantCulture, $"{_sampleRoot}/strategy/{generation}/{agent}");
        string text = (await _client.CompleteAsync(new LlmRequest(prompt, key, _systemPrompt), _cancellation).ConfigureAwait(false)).Text;
        int marker = text.IndexOf("My strategy will be", StringComparison.Ordinal);
        return marker >= 0 ? text[marker..].Trim() : text.Trim();
    }

    // Requests are awaited, not blocked on, so the concurrency does not depend on how fast the thread pool grows; the
    // first failure (an LlmException naming the endpoint) surfaces as itself, as on the one-at-a-time path.
    private void RunConcurrently(int count, Func<int, Task> ask)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = _cancellation };
        Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (i, _) => await ask(i).ConfigureAwait(false)).GetAwaiter().GetResult();
    }

    // The notebook shows resources as floats; two decimals keep prompts short and stable across platforms.
    private static double Round2(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
