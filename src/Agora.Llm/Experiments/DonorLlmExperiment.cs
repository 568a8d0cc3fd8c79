using Agora.Core.Donor;
using Agora.Core.Experiments;
using Agora.Llm.Client;
using Agora.Llm.Donor;

namespace Agora.Llm.Experiments;

/// <summary>
/// <c>donor-llm</c>: Vallinder &amp; Hughes's protocol with LLM agents against any OpenAI-compatible endpoint: strategies
/// written in generation 1, survivors' advice transmitted afterwards, decisions from the notebook's prompts.
/// </summary>
/// <remarks>Prompts from the notebook <c>Donor_Game_with_Cultural_Evolution.ipynb</c>, CC-BY 4.0, arXiv 2412.10270.</remarks>
/// <param name="services">The host's environment and response cache.</param>
public sealed class DonorLlmExperiment(LlmServices services) : IExperiment
{
    /// <inheritdoc />
    public string Name => "donor-llm";

    /// <inheritdoc />
    public string Summary => "The Donor game with LLM agents that write and culturally transmit strategies (any OpenAI-compatible endpoint).";

    /// <inheritdoc />
    public string Reference => "Vallinder & Hughes (2024), arXiv 2412.10270; prompts CC-BY 4.0. docs/donor-game.md, docs/llm-endpoints.md";

    /// <inheritdoc />
    public int DefaultTrials => 1;

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParameterSpec.Integer("agents", 12, "Agents per generation (even).", min: 2, max: 1000),
        ParameterSpec.Integer("generations", 10, "Generations.", min: 1, max: 1000),
        ParameterSpec.Choice("variant", "plain", "plain, punishment (costly punishment) or partner-choice.", "plain", "punishment", "partner-choice"),
        ParameterSpec.Real("endowment", 10, "Units each agent starts each game with.", min: 0, max: 1e9),
        ParameterSpec.Choice("selection", "top", "Who survives: top (by resources, the paper's method), random, or reputation (the notebook's alternatives).", "top", "random", "reputation"),
        ParameterSpec.Boolean("game-two-only", false, "Code quirk: select on game 2's resources only (default: both games count)."),
        ParameterSpec.Boolean("reset-traces", false, "Code quirk: reset every trace at the start of each game."),
        .. LlmParameters.Create(temperature: 0.8, maxTokens: 1024),
    ];

    /// <inheritdoc />
    public void RunTrial(TrialContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var p = context.Parameters;
        var options = new DonorGameOptions
        {
            Agents = p.GetInt32("agents"),
            Generations = p.GetInt32("generations"),
            Endowment = p.GetReal("endowment"),
            Selection = Enum.Parse<DonorSelection>(p.GetChoice("selection"), ignoreCase: true),
            SelectOnGameTwoOnly = p.GetBoolean("game-two-only"),
            ResetTracesEachGame = p.GetBoolean("reset-traces"),
            Variant = p.GetChoice("variant") switch
            {
                "punishment" => DonorVariant.CostlyPunishment,
                "partner-choice" => DonorVariant.PartnerChoice,
                _ => DonorVariant.Plain,
            },
        }.Validate();
        var usage = new LlmUsage();
        LlmDonorSociety.Run(options, LlmParameters.Client(context, services, usage), usage, context.Seed, context.Sink, context.CancellationToken, p.GetInt32("llm-concurrency"));
    }
}
