namespace Agora.Core.Games;

/// <summary>How players move.</summary>
public enum Dynamics
{
    /// <summary>One player (or chance) moves at each node.</summary>
    Sequential,

    /// <summary>Some nodes are simultaneous: every player submits an action and they are applied together.</summary>
    Simultaneous,
}

/// <summary>How a game uses chance.</summary>
public enum ChanceMode
{
    /// <summary>No chance nodes.</summary>
    Deterministic,

    /// <summary>Chance nodes list their outcomes with probabilities; the caller picks one.</summary>
    ExplicitStochastic,

    /// <summary>Chance nodes have too large a support to list; the state samples from an <see cref="Randomness.AgoraRandom"/> it is given.</summary>
    SampledStochastic,
}

/// <summary>What players can see.</summary>
public enum Information
{
    /// <summary>A single simultaneous decision (a one-shot normal-form game).</summary>
    OneShot,

    /// <summary>Every player sees the whole history.</summary>
    PerfectInformation,

    /// <summary>Some of the history is hidden from some players.</summary>
    ImperfectInformation,
}

/// <summary>The structure of the utilities.</summary>
public enum Utility
{
    /// <summary>Returns always sum to zero.</summary>
    ZeroSum,

    /// <summary>Returns always sum to the same constant.</summary>
    ConstantSum,

    /// <summary>No constraint on returns.</summary>
    GeneralSum,

    /// <summary>Every player gets the same return.</summary>
    Identical,
}

/// <summary>When rewards arrive.</summary>
public enum RewardModel
{
    /// <summary>Players may receive rewards at every step.</summary>
    Rewards,

    /// <summary>Players are paid only at terminal states.</summary>
    Terminal,
}

/// <summary>Static, declarative facts about a game, in the spirit of OpenSpiel's <c>GameType</c>.</summary>
/// <param name="ShortName">The stable identifier, e.g. <c>kuhn-poker</c>.</param>
/// <param name="LongName">A human-readable name.</param>
/// <param name="Dynamics">Sequential or simultaneous moves.</param>
/// <param name="ChanceMode">Deterministic, explicit or sampled chance.</param>
/// <param name="Information">One-shot, perfect or imperfect information.</param>
/// <param name="Utility">Zero-sum, constant-sum, general-sum or identical interest.</param>
/// <param name="RewardModel">Per-step rewards or terminal payoffs only.</param>
/// <param name="MinPlayers">The fewest players the game supports.</param>
/// <param name="MaxPlayers">The most players the game supports.</param>
public sealed record GameType(
    string ShortName,
    string LongName,
    Dynamics Dynamics,
    ChanceMode ChanceMode,
    Information Information,
    Utility Utility,
    RewardModel RewardModel,
    int MinPlayers,
    int MaxPlayers);
