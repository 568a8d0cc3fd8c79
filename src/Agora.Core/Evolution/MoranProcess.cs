using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>A Moran process on repeated-game strategies, as Axelrod's <c>MoranProcess</c>, with death–birth on graphs
/// done right and a defined, seeded order of play.</summary>
/// <remarks>
/// <para>
/// One generation. Birth–death: every pair joined in the interaction graph plays one match (pairs in lexicographic
/// order); a node's fitness is the sum over its partners of its score per turn (then
/// <see cref="MoranOptions.FitnessTransformation"/>); a parent is drawn with probability proportional to fitness from
/// all N nodes; the node it replaces is drawn uniformly from the parent's out-neighbours in the reproduction graph.
/// Death–birth: the dead node d is drawn uniformly from all N; the candidates are d's in-neighbours in the reproduction
/// graph other than d; only the games that give the candidates their fitness are played (each candidate against its
/// interaction partners other than the vacant d); the parent is drawn from the candidates by fitness. This is the
/// death–birth update of Ohtsuki, Hauert, Lieberman &amp; Nowak, "A simple rule for the evolution of cooperation on
/// graphs and social networks", Nature 441 (2006). Axelrod schedules the wrong pairs here and draws the parent from
/// the whole population (spec §5.2). A node without candidates (db) or without out-neighbours (bd) leaves the
/// population unchanged for that generation. Fitness must be non-negative; when all candidates have fitness 0 the
/// parent is drawn uniformly.
/// </para>
/// <para>
/// The offspring is a fresh copy of the parent, or, with probability <see cref="MoranOptions.MutationRate"/>, a
/// mutant (<see cref="MutationMethod"/>). A type is a full strategy name (<see cref="Strategy.Name"/>, which includes
/// parameters). The process stops when one type holds every node.
/// </para>
/// <para>
/// Randomness: the seed gives two streams, selection (parent, death, mutation draws) and match seeds (one per
/// scheduled game, in schedule order, drawn even when the game is answered from the memo), so memoising never changes
/// the result. Deterministic pairs (both deterministic, no noise, fixed length) are played once per process and their
/// per-turn scores reused, keyed by the two full names (interned as type ids), so <c>Cycler: CCD</c> and
/// <c>Cycler: DDC</c> never share an entry (spec §5.1). Nothing is allocated per turn; a match object per pair of nodes
/// is kept until one of them is replaced.
/// </para>
/// <threadsafety>Not thread-safe; run one process per thread.</threadsafety>
/// </remarks>
public sealed partial class MoranProcess
{
    private readonly Strategy[] _players;
    private readonly int[] _typeOf;
    private readonly List<string> _typeNames = [];
    private readonly List<Strategy> _typePrototypes = [];
    private readonly Dictionary<string, int> _typeIds = new(StringComparer.Ordinal);
    private readonly List<int> _counts = [];
    private readonly int _initialTypeCount;
    private readonly double[] _fitness;
    private readonly int[] _candidates;
    private readonly List<MatchPair> _schedule = [];
    private readonly List<int[]> _populations = [];
    private readonly List<IReadOnlyList<double>> _scoreHistory = [];
    private AgoraRandom _selection;

    /// <summary>Creates a process; the players are copied, so the caller's instances are never played.</summary>
    /// <param name="players">The initial population, one strategy per node (at least 2).</param>
    /// <param name="options">Matches, update rule, mutation and graphs; defaults when <see langword="null"/>.</param>
    /// <param name="seed">The seed of the whole process.</param>
    /// <exception cref="ArgumentException">Fewer than 2 players, a graph of the wrong size, atomic mutation of a
    /// strategy that is not evolvable, or an outcome table that misses a pair.</exception>
    public MoranProcess(IReadOnlyList<Strategy> players, MoranOptions? options, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(players);
        Options = options ?? new MoranOptions();
        int n = players.Count;
        if (n < 2)
        {
            throw new ArgumentException($"A Moran process needs at least 2 players, got {n}.", nameof(players));
        }

        if (players.Any(p => p is null))
        {
            throw new ArgumentException("The population holds a null player.", nameof(players));
        }

        Interaction = Options.InteractionGraph ?? PopulationGraph.Complete(n);
        Reproduction = Options.ReproductionGraph ?? Interaction.WithSelfLoops();
        CheckGraph(Interaction, n, nameof(MoranOptions.InteractionGraph));
        CheckGraph(Reproduction, n, nameof(MoranOptions.ReproductionGraph));
        _players = new Strategy[n];
        _typeOf = new int[n];
        _fitness = new double[n];
        _candidates = new int[n];
        foreach (Strategy prototype in players.DistinctBy(p => p.Name).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Intern(prototype);
        }

        _initialTypeCount = _typeNames.Count;
        for (int i = 0; i < n; i++)
        {
            _players[i] = players[i].Clone();
            _typeOf[i] = _typeIds[players[i].Name];
            _counts[_typeOf[i]]++;
        }

        CheckMutation();
        CheckOutcomes();
        _matches = new Match?[n * n];
        _memoisable = Options.Memoise && Options.Match.Noise == 0 && Options.Match.ProbEnd is null && Options.ApproximateOutcomes is null;
        var root = new AgoraRandom(seed);
        _selection = root.Split();
        _matchSeeds = root.Split();
        if (Options.Mode == MoranMode.BirthDeath)
        {
            // Every generation plays the same pairs: build the list once.
            BuildBirthDeathSchedule(Interaction, _schedule);
        }

        Record();
    }

    /// <summary>The options.</summary>
    public MoranOptions Options { get; }

    /// <summary>Who plays whom.</summary>
    public PopulationGraph Interaction { get; }

    /// <summary>Where offspring go.</summary>
    public PopulationGraph Reproduction { get; }

    /// <summary>The population size N.</summary>
    public int Size => _players.Length;

    /// <summary>Generations played so far.</summary>
    public int Generation { get; private set; }

    /// <summary>The node that died in the last generation, or −1 (none yet, or no replacement).</summary>
    public int LastDead { get; private set; } = -1;

    /// <summary>The parent of the last generation's offspring, or −1.</summary>
    public int LastParent { get; private set; } = -1;

    /// <summary>The games the last generation scheduled, in the order played; valid until the next <see cref="Step"/>.</summary>
    public IReadOnlyList<MatchPair> LastSchedule => _schedule;

    /// <summary>Whether one type holds every node.</summary>
    public bool IsFixated => _counts[_typeOf[0]] == _players.Length;

    /// <summary>The fixated type's name, or <see langword="null"/>.</summary>
    public string? Winner => IsFixated ? _typeNames[_typeOf[0]] : null;

    /// <summary>The strategy name at each node now.</summary>
    /// <returns>N names.</returns>
    public string[] Names() => [.. _typeOf.Select(t => _typeNames[t])];

    /// <summary>Plays one generation (even when fixated, which then changes nothing).</summary>
    public void Step()
    {
        if (Options.Mode == MoranMode.BirthDeath)
        {
            StepBirthDeath();
        }
        else
        {
            StepDeathBirth();
        }

        Generation++;
        Record();
    }

    /// <summary>Runs until fixation (when the mutation rate is 0) or for <see cref="MoranOptions.MaxGenerations"/>
    /// generations in all.</summary>
    /// <returns>The result.</returns>
    public MoranResult Run()
    {
        bool stopOnFixation = Options.MutationRate == 0;
        while (Generation < Options.MaxGenerations && !(stopOnFixation && IsFixated))
        {
            Step();
        }

        return Result();
    }

    /// <summary>The result so far.</summary>
    /// <returns>Winner, generations, history and counters.</returns>
    public MoranResult Result()
    {
        var populations = _populations.Select(counts =>
        {
            var map = new SortedDictionary<string, int>(StringComparer.Ordinal);
            for (int t = 0; t < counts.Length; t++)
            {
                if (counts[t] > 0)
                {
                    map[_typeNames[t]] = counts[t];
                }
            }

            return (IReadOnlyDictionary<string, int>)map;
        }).ToList();
        return new MoranResult(Winner, Generation, populations, [.. _scoreHistory], [.. _typeNames], MatchesPlayed, MemoHits);
    }

    private void StepBirthDeath()
    {
        ScoreSchedule();
        for (int i = 0; i < Size; i++)
        {
            _candidates[i] = i;
        }

        int parent = SelectParent(_candidates.AsSpan(0, Size));
        RecordFitness(_candidates.AsSpan(0, Size));
        ReadOnlySpan<int> targets = Reproduction.OutNeighbours(parent);
        if (targets.Length == 0)
        {
            LastDead = LastParent = -1;
            return;
        }

        int dead = targets[_selection.NextInt(targets.Length)];
        Replace(dead, parent);
    }

    private void StepDeathBirth()
    {
        int dead = _selection.NextInt(Size);
        int count = 0;
        foreach (int candidate in Reproduction.InNeighbours(dead))
        {
            if (candidate != dead)
            {
                _candidates[count++] = candidate;
            }
        }

        BuildDeathBirthSchedule(dead, _candidates.AsSpan(0, count), _schedule);
        // A candidate whose only partner is the vacant node plays nothing this generation: its fitness is 0, not stale.
        foreach (int candidate in _candidates.AsSpan(0, count))
        {
            _fitness[candidate] = 0;
        }

        ScoreSchedule();
        RecordFitness(_candidates.AsSpan(0, count));
        if (count == 0)
        {
            LastDead = LastParent = -1;
            return;
        }

        int parent = SelectParent(_candidates.AsSpan(0, count));
        Replace(dead, parent);
    }

    private int SelectParent(ReadOnlySpan<int> candidates)
    {
        double total = 0;
        foreach (int node in candidates)
        {
            double f = Options.FitnessTransformation is { } transform ? transform(_fitness[node]) : _fitness[node];
            if (!(f >= 0) || double.IsInfinity(f))
            {
                throw new InvalidOperationException($"Node {node} ({_typeNames[_typeOf[node]]}) has fitness {f}; fitness must be finite and non-negative (use a fitness transformation).");
            }

            _fitness[node] = f;
            total += f;
        }

        if (total == 0)
        {
            return candidates[_selection.NextInt(candidates.Length)];
        }

        double u = _selection.NextDouble() * total;
        double cumulative = 0;
        foreach (int node in candidates)
        {
            cumulative += _fitness[node];
            if (u < cumulative)
            {
                return node;
            }
        }

        // Rounding can leave u a hair above the last partial sum: take the last node with positive fitness.
        for (int k = candidates.Length - 1; ; k--)
        {
            if (_fitness[candidates[k]] > 0)
            {
                return candidates[k];
            }
        }
    }

    private void Replace(int dead, int parent)
    {
        LastDead = dead;
        LastParent = parent;
        Strategy? offspring = Offspring(parent);
        if (offspring is null)
        {
            // An unmutated copy of the parent's type: if the dead node already has that type, nothing observable changes.
            if (_typeOf[dead] == _typeOf[parent])
            {
                return;
            }

            offspring = _typePrototypes[_typeOf[parent]].Clone();
        }

        int type = Intern(offspring);
        _counts[_typeOf[dead]]--;
        _counts[type]++;
        _typeOf[dead] = type;
        _players[dead] = offspring;
        ForgetMatches(dead);
    }

    /// <summary>The mutant offspring of <paramref name="parent"/>, or null for a plain copy of its type.</summary>
    private Strategy? Offspring(int parent)
    {
        if (Options.MutationRate == 0 || !(_selection.NextDouble() < Options.MutationRate))
        {
            return null;
        }

        if (Options.Mutation == MutationMethod.Atomic)
        {
            return AtomicMutation.Mutate(_players[parent], ref _selection);
        }

        int own = _typeOf[parent];
        int others = own < _initialTypeCount ? _initialTypeCount - 1 : _initialTypeCount;
        if (others == 0)
        {
            return null;
        }

        int k = _selection.NextInt(others);
        int chosen = own < _initialTypeCount && k >= own ? k + 1 : k;
        return _typePrototypes[chosen].Clone();
    }

    private int Intern(Strategy strategy)
    {
        if (_typeIds.TryGetValue(strategy.Name, out int id))
        {
            return id;
        }

        id = _typeNames.Count;
        _typeIds[strategy.Name] = id;
        _typeNames.Add(strategy.Name);
        _typePrototypes.Add(strategy.Clone());
        _counts.Add(0);
        return id;
    }

    private void Record()
    {
        if (Options.RecordHistory)
        {
            _populations.Add([.. _counts]);
        }
    }

    private void RecordFitness(ReadOnlySpan<int> evaluated)
    {
        if (!Options.RecordHistory)
        {
            return;
        }

        var scores = new double[Size];
        Array.Fill(scores, double.NaN);
        foreach (int node in evaluated)
        {
            scores[node] = _fitness[node];
        }

        _scoreHistory.Add(scores);
    }

    private void CheckMutation()
    {
        if (Options.Mutation != MutationMethod.Atomic || Options.MutationRate == 0)
        {
            return;
        }

        if (Options.ApproximateOutcomes is not null)
        {
            throw new ArgumentException("Atomic mutation creates new types, which an approximate process has no outcomes for.", nameof(Options));
        }

        foreach (Strategy player in _typePrototypes)
        {
            if (!AtomicMutation.Supports(player))
            {
                throw new ArgumentException($"Atomic mutation: '{player.Name}' is not evolvable (only Cycler and LookerUp players are; see AtomicMutation).", nameof(Options));
            }
        }
    }

    private void CheckOutcomes()
    {
        if (Options.ApproximateOutcomes is not { } table)
        {
            return;
        }

        foreach (string a in _typeNames)
        {
            foreach (string b in _typeNames)
            {
                if (!table.Covers(a, b))
                {
                    throw new ArgumentException($"The outcome table has no entry for '{a}' against '{b}'.", nameof(Options));
                }
            }
        }
    }

    private static void CheckGraph(PopulationGraph graph, int n, string name)
    {
        if (graph.NodeCount != n)
        {
            throw new ArgumentException($"{name} has {graph.NodeCount} nodes but the population has {n} players.", nameof(Options));
        }
    }
}
