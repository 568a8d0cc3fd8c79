using Agora.Core.Randomness;

namespace Agora.Core.Donor;

/// <summary>What one generation of the Donor game produced.</summary>
/// <param name="MeanResources">Mean final resources per agent, averaged over both games (the paper's reported metric).</param>
/// <param name="MeanDonatedShare">Mean share of their resources donors gave, over all decisions (punishments and refusals count as 0; a donor with no resources counts as giving everything, as in the notebook).</param>
/// <param name="PunishmentShare">Share of decisions that were punishments.</param>
/// <param name="RefusalShare">Share of decisions that were refusals.</param>
/// <param name="ResourcesGained">Total units created by donations (gain − 1 per unit donated).</param>
/// <param name="ResourcesDestroyed">Total units destroyed by punishments (cost plus loss).</param>
public readonly record struct DonorGenerationResult(
    double MeanResources,
    double MeanDonatedShare,
    double PunishmentShare,
    double RefusalShare,
    double ResourcesGained,
    double ResourcesDestroyed);

/// <summary>
/// Plays one generation of the Donor game (two games over the bipartite schedule) for any decider, reusing its buffers
/// so that a generation allocates nothing after the first.
/// </summary>
/// <remarks>
/// Vallinder &amp; Hughes (2024), from the notebook's rules: a donor gives x ≤ its resources and the recipient gets
/// Gain·x; a punisher spends x and the recipient loses Loss·x, floored at 0; game 2 replays the schedule with roles
/// reversed after resetting resources to the endowment. Each agent's score is the mean of its two final resources (or,
/// with the <see cref="DonorGameOptions.SelectOnGameTwoOnly"/> quirk, game 2's alone).
/// </remarks>
/// <threadsafety>Not thread-safe; one instance per trial.</threadsafety>
public sealed class DonorGame
{
    private readonly DonorPairing[] _round;
    private readonly DonorDecisionContext[] _roundContexts;
    private readonly DonorAction[] _roundActions;
    private readonly double[] _resources;
    private readonly DonorTrace[] _traces;
    private readonly double[] _reputation;
    private readonly double[] _gameOneReputation;
    private readonly bool[] _newThisGeneration;
    private DonorSchedule? _schedule;

    /// <summary>Creates the game.</summary>
    /// <param name="options">The rules.</param>
    public DonorGame(DonorGameOptions options)
    {
        Options = (options ?? throw new ArgumentNullException(nameof(options))).Validate();
        _round = new DonorPairing[options.Agents / 2];
        _roundContexts = new DonorDecisionContext[options.Agents / 2];
        _roundActions = new DonorAction[options.Agents / 2];
        _resources = new double[options.Agents];
        _traces = new DonorTrace[options.Agents];
        _reputation = new double[options.Agents];
        Array.Fill(_reputation, double.NaN);
        _gameOneReputation = new double[options.Agents];
        _newThisGeneration = new bool[options.Agents];
        Array.Fill(_newThisGeneration, true);
        Scores = new double[options.Agents];
        ReputationScores = new double[options.Agents];
    }

    /// <summary>The rules.</summary>
    public DonorGameOptions Options { get; }

    /// <summary>Each agent's selection score in the last generation played.</summary>
    public double[] Scores { get; }

    /// <summary>
    /// Each agent's reputation score in the last generation played (the notebook's <c>average_reputation</c>): the mean of
    /// its reputations at the end of the two games, or game 1's alone if it had none in game 2 (a missing reputation
    /// counts 0, as the notebook's <c>False</c> does in a sort).
    /// </summary>
    /// <remarks>
    /// The notebook's update after each donation of share p to a recipient of reputation ρ (0 if it has none): a first
    /// donation sets the donor's reputation to p; later ones set it to ((1 − |p − ρ|) + d·rep) / (1 + d), with d =
    /// <see cref="DonorGameOptions.ReputationDiscount"/>. Punishments and refusals leave it unchanged. As in the notebook,
    /// newcomers start with none (<see cref="ClearTraces"/>); survivors carry theirs into game 1; and game 2 restarts
    /// every agent: newcomers (all agents in generation 1) with none, survivors from their previous generation's score.
    /// Not reproduced: the notebook's <c>reputation == False</c> test also treats a reputation of exactly 0 as none.
    /// </remarks>
    public double[] ReputationScores { get; }

    /// <summary>The scores that <see cref="DonorGameOptions.Selection"/> ranks by (resources, or reputation).</summary>
    public double[] SelectionScores => Options.Selection == DonorSelection.Reputation ? ReputationScores : Scores;

    /// <summary>Each agent's latest trace.</summary>
    public ReadOnlySpan<DonorTrace> Traces => _traces;

    /// <summary>Called after every decision with the acting pair, the action as applied and the resources after it (for tests and logging).</summary>
    public Action<DonorPairing, DonorAction, double, double>? OnDecision { get; set; }

    /// <summary>Forgets the traces and reputations of the given agents: newcomers start with no interactions.</summary>
    /// <param name="agents">The agents.</param>
    public void ClearTraces(ReadOnlySpan<int> agents)
    {
        foreach (int agent in agents)
        {
            _traces[agent] = default;
            _reputation[agent] = double.NaN;
            _newThisGeneration[agent] = true;
        }
    }

    /// <summary>Forgets every trace.</summary>
    public void ClearAllTraces() => Array.Clear(_traces);

    /// <summary>Plays both games of one generation.</summary>
    /// <typeparam name="TDecider">The decider; a struct keeps this allocation-free.</typeparam>
    /// <param name="decider">Decides for every agent.</param>
    /// <param name="generation">The 1-based generation (shown to LLM agents).</param>
    /// <param name="rng">The trial's generator (schedule shuffle and the decider's draws).</param>
    /// <returns>The generation's aggregate result; per-agent scores are in <see cref="Scores"/>.</returns>
    public DonorGenerationResult PlayGeneration<TDecider>(ref TDecider decider, int generation, ref AgoraRandom rng)
        where TDecider : IDonorDecider
    {
        if (_schedule is null)
        {
            _schedule = DonorSchedule.Create(Options.Agents, ref rng);
        }
        else
        {
            _schedule.Reshuffle(ref rng);
        }

        Array.Clear(Scores);
        double resourceSum = 0, donatedShareSum = 0, gained = 0, destroyed = 0;
        int decisions = 0, punishments = 0, refusals = 0;
        for (int game = 0; game < 2; game++)
        {
            Array.Fill(_resources, Options.Endowment);
            if (Options.ResetTracesEachGame)
            {
                ClearAllTraces();
            }

            if (game == 1)
            {
                RestartReputations();
            }

            for (int round = 0; round < _schedule.Rounds; round++)
            {
                _schedule.Round(game, round, _round);
                // A class decider may take the round at once; the JIT drops this branch for struct deciders.
                bool wholeRound = !typeof(TDecider).IsValueType && decider is IDonorRoundDecider;
                if (wholeRound)
                {
                    for (int i = 0; i < _round.Length; i++)
                    {
                        _roundContexts[i] = Context(_round[i], generation, game, round);
                    }

                    ((IDonorRoundDecider)decider).DecideRound(_roundContexts, _roundActions, ref rng);
                }

                for (int i = 0; i < _round.Length; i++)
                {
                    var pair = _round[i];
                    DonorAction chosen;
                    if (wholeRound)
                    {
                        chosen = _roundActions[i];
                    }
                    else
                    {
                        var context = Context(pair, generation, game, round);
                        chosen = decider.Decide(in context, ref rng);
                    }

                    var action = Sanitise(chosen, _resources[pair.Donor]);
                    double before = _resources[pair.Donor];
                    // The notebook records a donor with nothing to give as having given 100%
                    // (`response / donor.resources if donor.resources != 0 else 1`): it gave all it had.
                    double share = before > 0 ? action.Amount / before : 1;
                    switch (action.Kind)
                    {
                        case DonorActionKind.Donate:
                            _resources[pair.Donor] -= action.Amount;
                            _resources[pair.Recipient] += Options.CooperationGain * action.Amount;
                            gained += (Options.CooperationGain - 1) * action.Amount;
                            donatedShareSum += share;
                            UpdateReputation(pair, share);
                            break;
                        case DonorActionKind.Punish:
                            double removed = Math.Min(_resources[pair.Recipient], Options.PunishmentLoss * action.Amount);
                            _resources[pair.Donor] -= action.Amount;
                            _resources[pair.Recipient] -= removed;
                            destroyed += action.Amount + removed;
                            punishments++;
                            break;
                        default:
                            refusals++;
                            break;
                    }

                    decisions++;
                    _traces[pair.Donor] = DonorTrace.Extend(_traces[pair.Recipient], new DonorTraceEntry(round + 1, pair.Donor, pair.Recipient, action.Kind, action.Amount, share));
                    OnDecision?.Invoke(pair, action, _resources[pair.Donor], _resources[pair.Recipient]);
                }
            }

            for (int agent = 0; agent < _resources.Length; agent++)
            {
                resourceSum += _resources[agent];
                Scores[agent] = Options.SelectOnGameTwoOnly ? (game == 1 ? _resources[agent] : 0) : Scores[agent] + (_resources[agent] / 2);
            }

            if (game == 0)
            {
                _reputation.CopyTo(_gameOneReputation, 0);
            }
        }

        for (int agent = 0; agent < _reputation.Length; agent++)
        {
            double first = double.IsNaN(_gameOneReputation[agent]) ? 0 : _gameOneReputation[agent];
            ReputationScores[agent] = double.IsNaN(_reputation[agent]) ? first : (first + _reputation[agent]) / 2;
        }

        Array.Clear(_newThisGeneration);

        return new DonorGenerationResult(
            resourceSum / (2.0 * Options.Agents),
            donatedShareSum / decisions,
            (double)punishments / decisions,
            (double)refusals / decisions,
            gained,
            destroyed);
    }

    private DonorDecisionContext Context(DonorPairing pair, int generation, int game, int round) =>
        new(pair.Donor, pair.Recipient, _resources[pair.Donor], _resources[pair.Recipient], _traces[pair.Recipient], generation, game + 1, round + 1, Options.Variant);

    // The notebook's game-2 reset: newcomers lose their game-1 reputation, survivors go back to last generation's score.
    private void RestartReputations()
    {
        for (int agent = 0; agent < _reputation.Length; agent++)
        {
            _reputation[agent] = _newThisGeneration[agent] ? double.NaN : ReputationScores[agent];
        }
    }

    private void UpdateReputation(DonorPairing pair, double share)
    {
        double own = _reputation[pair.Donor];
        double recipient = double.IsNaN(_reputation[pair.Recipient]) ? 0 : _reputation[pair.Recipient];
        double d = Options.ReputationDiscount;
        _reputation[pair.Donor] = double.IsNaN(own) ? share : ((1 - Math.Abs(share - recipient)) + (d * own)) / (1 + d);
    }

    private DonorAction Sanitise(DonorAction action, double resources)
    {
        var kind = action.Kind switch
        {
            DonorActionKind.Punish when Options.Variant != DonorVariant.CostlyPunishment => DonorActionKind.Donate,
            DonorActionKind.Refuse when Options.Variant != DonorVariant.PartnerChoice => DonorActionKind.Donate,
            _ => action.Kind,
        };
        double amount = kind == DonorActionKind.Refuse || !double.IsFinite(action.Amount) ? 0 : Math.Clamp(action.Amount, 0, Math.Max(0, resources));
        return new DonorAction(kind, kind == action.Kind ? amount : 0);
    }
}
