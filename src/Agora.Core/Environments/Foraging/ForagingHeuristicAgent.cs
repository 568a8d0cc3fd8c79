using Agora.Core.Agents;
using Agora.Core.Randomness;
using Agora.Core.Spaces;

namespace Agora.Core.Environments.Foraging;

/// <summary>lb-foraging's four heuristic players (<c>lbforaging/agents/heuristic_agent.py</c>).</summary>
public enum ForagingHeuristic
{
    /// <summary>Goes to the closest visible food.</summary>
    H1,

    /// <summary>Goes to the visible food closest to the centre of the visible players (itself included).</summary>
    H2,

    /// <summary>Goes to the closest visible food whose level is at most its own.</summary>
    H3,

    /// <summary>Goes to the visible food closest to the players' centre whose level is at most their summed levels.</summary>
    H4,
}

/// <summary>
/// A fixed Level-Based Foraging player that follows one of lb-foraging's heuristics, reading the vector observation.
/// </summary>
/// <remarks>
/// <para>As in <c>heuristic_agent.py</c> and <c>BaseAgent._closest_food</c>: the target is the food with the smallest
/// squared Euclidean distance from the start (the agent, or the visible players' mean position rounded half to even, as
/// <c>np.rint</c>), the first in row-major order on ties, after dropping foods above the level cap. Next to the target
/// (Manhattan distance 1) it loads; otherwise it steps towards it, trying north, south, east, west in that order and
/// taking the first that reduces the row or column gap and is valid. With no food in sight, or no such step, it picks a
/// uniformly random valid action.</para>
/// <para>The upstream agents predate the Gym interface (they import <c>foraging.environment</c> and read an
/// <c>Observation</c> tuple); the vector observation carries the same information: the foods of the clipped sight window
/// in row-major order, the agent, then the other visible players, in window coordinates.</para>
/// </remarks>
public sealed class ForagingHeuristicAgent : IAgent
{
    private readonly int _foods;
    private readonly int _players;
    private readonly int _playerWidth;
    private readonly int _observationSize;
    private AgoraRandom _rng;

    /// <summary>Creates the agent for an environment configuration.</summary>
    /// <param name="heuristic">Which heuristic.</param>
    /// <param name="options">The environment's options (the observation layout); vector observations with agent levels.</param>
    /// <param name="seed">The seed of its random fallback; <see cref="Reset"/> replaces it.</param>
    /// <exception cref="ArgumentException">The observations are grids, or lack the agents' levels.</exception>
    public ForagingHeuristicAgent(ForagingHeuristic heuristic, ForagingOptions options, ulong seed = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ObservationMode != ForagingObservationMode.Vector || !options.ObserveAgentLevels)
        {
            throw new ArgumentException("The heuristic players read lb-foraging's vector observation with agent levels.", nameof(options));
        }

        Heuristic = heuristic;
        _foods = options.MaxNumFood;
        _players = options.Players;
        _playerWidth = ForagingObservationLayout.PlayerWidth(options);
        _observationSize = ForagingObservationLayout.Size(options);
        _rng = new AgoraRandom(seed);
    }

    /// <summary>The heuristic.</summary>
    public ForagingHeuristic Heuristic { get; }

    /// <inheritdoc />
    public string Name => Heuristic.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public void Reset(ulong seed) => _rng = new AgoraRandom(seed);

    /// <inheritdoc />
    public void Act(ReadOnlySpan<float> observations, ReadOnlySpan<bool> actionMasks, Span<int> actions)
    {
        int rows = actions.Length;
        if (rows == 0)
        {
            return;
        }

        if (observations.Length != rows * _observationSize || actionMasks.Length != rows * 6)
        {
            throw new ArgumentException($"{rows} rows need {rows * _observationSize} observation floats ({_observationSize} each, from the options this agent was built with) and {rows * 6} mask entries; got {observations.Length} and {actionMasks.Length}.", nameof(observations));
        }

        for (int r = 0; r < rows; r++)
        {
            actions[r] = Decide(observations.Slice(r * _observationSize, _observationSize), actionMasks.Slice(r * 6, 6));
        }
    }

    /// <inheritdoc />
    public void Observe(in Transition transition)
    {
        // A fixed heuristic learns nothing.
    }

    private int Decide(ReadOnlySpan<float> observation, ReadOnlySpan<bool> valid)
    {
        int self = 3 * _foods;
        int row = (int)observation[self];
        int col = (int)observation[self + 1];
        int level = (int)observation[self + 2];
        double startRow = row, startCol = col;
        int cap = Heuristic == ForagingHeuristic.H3 ? level : 0;
        if (Heuristic is ForagingHeuristic.H2 or ForagingHeuristic.H4)
        {
            double sumRow = 0, sumCol = 0;
            int seen = 0, levels = 0;
            for (int p = 0; p < _players; p++)
            {
                int at = self + (p * _playerWidth);
                if (observation[at] < 0)
                {
                    continue;
                }

                sumRow += observation[at];
                sumCol += observation[at + 1];
                levels += (int)observation[at + 2];
                seen++;
            }

            startRow = Math.Round(sumRow / seen, MidpointRounding.ToEven);
            startCol = Math.Round(sumCol / seen, MidpointRounding.ToEven);
            cap = Heuristic == ForagingHeuristic.H4 ? levels : 0;
        }

        int target = -1;
        double best = double.PositiveInfinity;
        for (int f = 0; f < _foods; f++)
        {
            int foodLevel = (int)observation[(3 * f) + 2];
            if (foodLevel <= 0 || (cap > 0 && foodLevel > cap))
            {
                continue;
            }

            double dr = observation[3 * f] - startRow, dc = observation[(3 * f) + 1] - startCol;
            double distance = (dr * dr) + (dc * dc);
            if (distance < best)
            {
                best = distance;
                target = f;
            }
        }

        if (target < 0)
        {
            return Fallback(valid);
        }

        int targetRow = (int)observation[3 * target], targetCol = (int)observation[(3 * target) + 1];
        if (Math.Abs(targetRow - row) + Math.Abs(targetCol - col) == 1)
        {
            return (int)ForagingAction.Load;
        }

        if (targetRow < row && valid[(int)ForagingAction.North])
        {
            return (int)ForagingAction.North;
        }

        if (targetRow > row && valid[(int)ForagingAction.South])
        {
            return (int)ForagingAction.South;
        }

        if (targetCol > col && valid[(int)ForagingAction.East])
        {
            return (int)ForagingAction.East;
        }

        if (targetCol < col && valid[(int)ForagingAction.West])
        {
            return (int)ForagingAction.West;
        }

        return Fallback(valid);
    }

    private int Fallback(ReadOnlySpan<bool> valid) => Math.Max(0, MaskSampling.Pick(ref _rng, valid));
}
