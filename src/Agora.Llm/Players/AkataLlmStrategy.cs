using System.Globalization;
using System.Text;
using Agora.Core.Randomness;
using Agora.Core.Repeated;
using Agora.Llm.Client;
using Agora.Llm.Parsing;
using Agora.Llm.Prompts;

namespace Agora.Llm.Players;

/// <summary>
/// A repeated-game player that asks a language model each round with Akata et al.'s prompts (rules from its own payoff
/// perspective, one history line per past round, the round line and the "Q: … A: Option" query), optionally with the
/// social chain-of-thought two-call protocol.
/// </summary>
/// <remarks>
/// Akata et al., "Playing repeated games with Large Language Models", Nature Human Behaviour (2025); prompts from
/// github eliaka/repeatedgames (MIT). The model's answer is parsed with <see cref="OptionReplyParser"/>; a reply that
/// names no option is asked again up to <see cref="AkataLlmOptions.MaxAttempts"/> times, then the player falls back
/// to <see cref="AkataLlmOptions.FallbackAction"/>, and both are counted in <see cref="LlmUsage"/>. Sample keys derive
/// from the match seed, so a rerun is served from the response cache.
/// </remarks>
public sealed class AkataLlmStrategy : Strategy
{
    private readonly ILlmClient _client;
    private readonly LlmUsage _usage;
    private readonly AkataLlmOptions _options;
    private readonly CancellationToken _cancellation;
    private StringBuilder _history = new();
    private string _rules = string.Empty;
    private string[] _labels = [];
    private ulong _sampleRoot;
    private int _calls;

    /// <summary>Creates the player.</summary>
    /// <param name="client">The model.</param>
    /// <param name="usage">Counters for invalid replies and fallbacks.</param>
    /// <param name="options">Protocol options.</param>
    /// <param name="cancellation">Ctrl-C.</param>
    public AkataLlmStrategy(ILlmClient client, LlmUsage usage, AkataLlmOptions options, CancellationToken cancellation = default)
        : base(StrategyInfo.Of(
            "llm:" + (client ?? throw new ArgumentNullException(nameof(client))).Options.Model + (options?.SocialChainOfThought == true ? " (SCoT)" : string.Empty),
            memoryDepth: null,
            stochastic: true,
            StrategyUses.Game | StrategyUses.Length,
            "Akata2025"))
    {
        _client = client;
        _usage = usage ?? throw new ArgumentNullException(nameof(usage));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _cancellation = cancellation;
    }

    /// <inheritdoc />
    public override int Move(in PlayHistory history, ref AgoraRandom random)
    {
        int turn = history.Turn;
        if (turn == 0)
        {
            Begin(ref random);
        }
        else
        {
            int own = history.Own[turn - 1], other = history.Opponent[turn - 1];
            _history.Append(AkataPrompts.HistoryLine(turn, _labels[own], _labels[other], Match.Payoff(own, other), Match.OpponentPayoff(own, other)));
        }

        int round = turn + 1;
        string prefix = _rules + _history;
        if (_options.SocialChainOfThought)
        {
            int predicted = Ask(prefix + AkataPrompts.PredictionQuery(round, _labels[0], _labels[1]), round);
            return Ask(prefix + AkataPrompts.ActionGivenPredictionQuery(round, _labels[predicted], _labels[0], _labels[1]), round);
        }

        bool swap = _options.ShuffleOptionOrder && random.NextInt(2) == 1;
        return Ask(prefix + AkataPrompts.Query(round, _labels[swap ? 1 : 0], _labels[swap ? 0 : 1], Horizon()), round);
    }

    /// <inheritdoc />
    protected override void OnCloned() => _history = new StringBuilder();

    /// <inheritdoc />
    protected override void OnReset()
    {
        _history.Clear();
        _rules = string.Empty;
        _calls = 0;
    }

    private void Begin(ref AgoraRandom random)
    {
        if (Match.OwnActions != 2 || Match.OpponentActions != 2)
        {
            throw new NotSupportedException($"Akata's protocol is for 2x2 games; {Match.Game.Type.ShortName} has {Match.OwnActions}x{Match.OpponentActions} actions.");
        }

        _labels = _options.Labels is { Count: 2 } given ? [given[0], given[1]] : [Match.Game.ActionToString(Match.Seat, 0), Match.Game.ActionToString(Match.Seat, 1)];
        _rules = AkataPrompts.Rules(_labels[0], _labels[1], Match.Payoff, Match.OpponentPayoff, Horizon());
        _history.Clear();
        _sampleRoot = random.NextUInt64();
    }

    private AkataHorizon Horizon() => Match.Length is int length ? AkataHorizon.Finite(length) : AkataHorizon.Indefinite(_options.EndPercent);

    private int Ask(string prompt, int round)
    {
        for (int attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            string key = string.Create(CultureInfo.InvariantCulture, $"{_sampleRoot}/{round}/{_calls++}");
            var reply = _client.CompleteAsync(new LlmRequest(prompt, key), _cancellation).GetAwaiter().GetResult();
            if (OptionReplyParser.TryParse(reply.Text, _labels, out int index))
            {
                return index;
            }

            _usage.AddInvalidReply();
        }

        _usage.AddFallback();
        return _options.FallbackAction;
    }
}
