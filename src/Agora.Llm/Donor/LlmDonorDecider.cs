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
/// gives 0, and the fallback is counted.
/// </summary>
public sealed class LlmDonorDecider : IDonorDecider
{
    private readonly ILlmClient _client;
    private readonly LlmUsage _usage;
    private readonly DonorPromptSettings _settings;
    private readonly string _systemPrompt;
    private readonly string _sampleRoot;
    private readonly CancellationToken _cancellation;
    private long _calls;

    /// <summary>Creates the decider.</summary>
    /// <param name="client">The model.</param>
    /// <param name="usage">Counters for invalid replies and fallbacks.</param>
    /// <param name="settings">The game parameters the prompts state.</param>
    /// <param name="strategies">Each agent's current strategy text (null before it has one); read at every decision.</param>
    /// <param name="sampleRoot">The trial's sample-key prefix (its seed), so reruns hit the cache and repeats stay independent.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public LlmDonorDecider(ILlmClient client, LlmUsage usage, DonorPromptSettings settings, string?[] strategies, string sampleRoot, CancellationToken cancellation)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        Strategies = strategies ?? throw new ArgumentNullException(nameof(strategies));
        _sampleRoot = sampleRoot;
        _cancellation = cancellation;
        _systemPrompt = DonorPrompts.System(settings);
    }

    /// <summary>Each agent's strategy text.</summary>
    public string?[] Strategies { get; }

    /// <summary>The agent's display name, as the notebook numbers them.</summary>
    /// <param name="agent">The index.</param>
    /// <returns>"Agent 1", "Agent 2", ….</returns>
    public static string Name(int agent) => "Agent " + (agent + 1).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public DonorAction Decide(in DonorDecisionContext context, ref AgoraRandom rng)
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
        for (int attempt = 0; attempt < DonorReplyParser.MaxAttempts; attempt++)
        {
            string key = $"{_sampleRoot}/decision/{Interlocked.Increment(ref _calls)}";
            var reply = _client.CompleteAsync(new LlmRequest(prompt, key, _systemPrompt), _cancellation).GetAwaiter().GetResult();
            if (DonorReplyParser.TryParse(reply.Text, context.DonorResources, punish, refuse, out var decision))
            {
                return new DonorAction(decision!.Kind, decision.Amount);
            }

            _usage.AddInvalidReply();
        }

        _usage.AddFallback();
        return DonorAction.Donate(0);
    }

    /// <summary>Asks an agent for its strategy: generation 1 from scratch, later generations from the survivors' advice.</summary>
    /// <param name="agent">The agent.</param>
    /// <param name="inheritedAdvice">The survivors' strategies and scores, or null in generation 1.</param>
    /// <returns>"My strategy will be …", or the whole reply when the marker is missing.</returns>
    public string AskStrategy(int agent, string? inheritedAdvice)
    {
        string prompt = inheritedAdvice is null
            ? DonorPrompts.FirstGenerationStrategy(Name(agent), _settings)
            : DonorPrompts.LaterGenerationStrategy(Name(agent), inheritedAdvice, _settings);
        string key = $"{_sampleRoot}/strategy/{Interlocked.Increment(ref _calls)}";
        string text = _client.CompleteAsync(new LlmRequest(prompt, key, _systemPrompt), _cancellation).GetAwaiter().GetResult().Text;
        int marker = text.IndexOf("My strategy will be", StringComparison.Ordinal);
        return marker >= 0 ? text[marker..].Trim() : text.Trim();
    }

    // The notebook shows resources as floats; two decimals keep prompts short and stable across platforms.
    private static double Round2(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
