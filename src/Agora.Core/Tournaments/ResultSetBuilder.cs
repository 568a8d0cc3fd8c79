using System.Runtime.CompilerServices;

namespace Agora.Core.Tournaments;

/// <summary>Turns per-match outcomes and per-pair counts into a <see cref="ResultSet"/> (definitions on <see cref="ResultSet"/>).</summary>
internal static class ResultSetBuilder
{
    // Called once per tournament over every match's outcome: compiled optimised at once rather than at tier 0 and then
    // again, whole, for each loop that on-stack replacement promotes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ResultSet Build(
        string[] names,
        (int First, int Second)[] pairs,
        int repetitions,
        MatchOutcome[] outcomes,
        long[][] counters,
        TournamentInteraction[]? interactions,
        TournamentOptions options)
    {
        int n = names.Length;
        var payoffs = Matrix<double[]>(n, n); // per repetition; an empty array for a pair that does not play
        var scoreDiffs = Jagged2(n, n, () => new double[repetitions]);
        var lengths = Jagged2(repetitions, n, () => new int[n]);
        var scores = Jagged2(n, repetitions, () => 0.0);
        var perTurnSum = Matrix<double>(n, repetitions);
        var opponents = new int[n];
        var wins = Matrix<int>(n, repetitions);
        var goodPartner = Matrix<int>(n, n);
        var cooperation = Matrix<long>(n, n);
        var turns = Matrix<long>(n, n);
        var initial = new long[n];
        var states = new StateCounts[n][];
        var transitions = new StateTransitions[n][];
        for (int i = 0; i < n; i++)
        {
            states[i] = new StateCounts[n];
            transitions[i] = new StateTransitions[n];
        }

        foreach (double[][] row in payoffs)
        {
            Array.Fill(row, []);
        }

        for (int k = 0; k < pairs.Length; k++)
        {
            var (i, j) = pairs[k];
            payoffs[i][j] = new double[repetitions];
            payoffs[j][i] = i == j ? payoffs[i][j] : new double[repetitions];
            long c0 = 0, c1 = 0, pairTurns = 0;
            for (int r = 0; r < repetitions; r++)
            {
                MatchOutcome o = outcomes[(k * repetitions) + r];
                double perTurn0 = o.Turns == 0 ? 0 : o.Score0 / o.Turns;
                double perTurn1 = o.Turns == 0 ? 0 : o.Score1 / o.Turns;
                c0 += o.Cooperations0;
                c1 += o.Cooperations1;
                pairTurns += o.Turns;
                lengths[r][i][j] = o.Turns;
                lengths[r][j][i] = o.Turns;
                if (i == j)
                {
                    // Axelrod averages the two self-play rows (one per seat).
                    payoffs[i][i][r] = (perTurn0 + perTurn1) / 2;
                    continue;
                }

                payoffs[i][j][r] = perTurn0;
                payoffs[j][i][r] = perTurn1;
                scoreDiffs[i][j][r] = perTurn0 - perTurn1;
                scoreDiffs[j][i][r] = perTurn1 - perTurn0;
                scores[i][r] += o.Score0;
                scores[j][r] += o.Score1;
                perTurnSum[i][r] += perTurn0;
                perTurnSum[j][r] += perTurn1;
                wins[i][r] += o.Score0 > o.Score1 ? 1 : 0;
                wins[j][r] += o.Score1 > o.Score0 ? 1 : 0;
                goodPartner[i][j] += o.Cooperations0 >= o.Cooperations1 ? 1 : 0;
                goodPartner[j][i] += o.Cooperations1 >= o.Cooperations0 ? 1 : 0;
            }

            long[] c = counters[k];
            if (i == j)
            {
                cooperation[i][i] += (c0 + c1) / 2;
                turns[i][i] += pairTurns;
                continue;
            }

            opponents[i]++;
            opponents[j]++;
            cooperation[i][j] += c0;
            cooperation[j][i] += c1;
            turns[i][j] += pairTurns;
            turns[j][i] += pairTurns;
            initial[i] += c[MatchCounters.Initial0];
            initial[j] += c[MatchCounters.Initial1];
            var seen0 = StateCounts.From(c.AsSpan(MatchCounters.States, 4));
            states[i][j] = seen0;
            states[j][i] = new StateCounts(seen0.CC, seen0.DC, seen0.CD, seen0.DD);
            transitions[i][j] = new StateTransitions(StateCounts.From(c.AsSpan(MatchCounters.ToC0, 4)), StateCounts.From(c.AsSpan(MatchCounters.ToD0, 4)));
            transitions[j][i] = new StateTransitions(StateCounts.From(c.AsSpan(MatchCounters.ToC1, 4)), StateCounts.From(c.AsSpan(MatchCounters.ToD1, 4)));
        }

        var normalisedScores = Jagged2(n, repetitions, () => 0.0);
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < repetitions; r++)
            {
                normalisedScores[i][r] = opponents[i] == 0 ? 0 : perTurnSum[i][r] / opponents[i];
            }
        }

        var payoffMatrix = Map(payoffs, values => values.Length == 0 ? 0 : Mean(values));
        var payoffStddevs = Map(payoffs, PopulationStandardDeviation);
        var diffMeans = Map(scoreDiffs, Mean);
        var normalisedCooperation = Zip(cooperation, turns, (c, t) => t == 0 ? 0 : (double)c / t);
        var vengeful = Map(normalisedCooperation, x => 2 * (x - 0.5));
        var matches = opponents.Select(o => (long)o * repetitions).ToArray();
        var cooperatingRating = new double[n];
        var goodPartnerRating = new double[n];
        var initialRate = new double[n];
        for (int i = 0; i < n; i++)
        {
            long ownC = 0, ownTurns = 0;
            for (int j = 0; j < n; j++)
            {
                if (j != i)
                {
                    ownC += cooperation[i][j];
                    ownTurns += turns[i][j];
                }
            }

            cooperatingRating[i] = (double)ownC / Math.Max(1, ownTurns);
            goodPartnerRating[i] = (double)goodPartner[i].Sum() / Math.Max(1, matches[i]);
            initialRate[i] = matches[i] == 0 ? 0 : (double)initial[i] / matches[i];
        }

        int[] ranking = [.. Enumerable.Range(0, n).OrderByDescending(i => Median(normalisedScores[i]))];
        var normalisedStates = Map(states, s => (IReadOnlyList<double>)s.Normalised());
        var normalisedToC = Map(transitions, t => (IReadOnlyList<double>)t.CooperationProbabilities());
        return new ResultSet
        {
            Players = names,
            Repetitions = repetitions,
            Options = options,
            Pairs = pairs,
            Outcomes = outcomes,
            Interactions = interactions ?? [],
            Payoffs = payoffs,
            PayoffMatrix = payoffMatrix,
            PayoffStddevs = payoffStddevs,
            ScoreDiffs = scoreDiffs,
            PayoffDiffsMeans = diffMeans,
            Scores = scores,
            NormalisedScores = normalisedScores,
            Ranking = ranking,
            RankedNames = [.. ranking.Select(i => names[i])],
            Wins = wins,
            MatchLengths = lengths,
            Cooperation = cooperation,
            NormalisedCooperation = normalisedCooperation,
            VengefulCooperation = vengeful,
            CooperatingRating = cooperatingRating,
            GoodPartnerMatrix = goodPartner,
            GoodPartnerRating = goodPartnerRating,
            InitialCooperationCount = initial,
            InitialCooperationRate = initialRate,
            StateDistribution = states,
            NormalisedStateDistribution = normalisedStates,
            StateToActionDistribution = transitions,
            NormalisedStateToCooperation = normalisedToC,
            EigenjesusRating = PrincipalEigenvector.Of(normalisedCooperation),
            EigenmosesRating = PrincipalEigenvector.Of(vengeful),
            PooledStateToCooperationRates = [.. Enumerable.Range(0, n).Select(i => Pooled(transitions[i], i))],
            Summary = ResultSetSummary.Rows(names, ranking, normalisedScores, wins, cooperatingRating, initialRate, normalisedStates, normalisedToC),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Median(IReadOnlyList<double> values)
    {
        var sorted = new double[values.Count];
        int count = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                sorted[count++] = values[i];
            }
        }

        if (count == 0)
        {
            return double.NaN;
        }

        // An unstable sort gives the same median as a stable one: only −0 and +0 compare equal with different bits,
        // and the scores and win counts passed here never hold −0 (sums that start at +0).
        Span<double> ordered = sorted.AsSpan(0, count);
        ordered.Sort();
        int mid = count / 2;
        return count % 2 == 1 ? ordered[mid] : (ordered[mid - 1] + ordered[mid]) / 2;
    }

    /// <summary>The mean, summed in order from +0 (the same bits as LINQ's <c>Average</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Mean(double[] values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    private static double[] Pooled(StateTransitions[] row, int self)
    {
        var rates = new double[4];
        for (int s = 0; s < 4; s++)
        {
            long toC = 0, total = 0;
            for (int j = 0; j < row.Length; j++)
            {
                if (j != self)
                {
                    toC += row[j].ToC[s];
                    total += row[j].ToC[s] + row[j].ToD[s];
                }
            }

            rates[s] = total == 0 ? 0 : (double)toC / total;
        }

        return rates;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PopulationStandardDeviation(double[] values)
    {
        if (values.Length == 0)
        {
            return 0;
        }

        double mean = Mean(values);
        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(squares / values.Length);
    }

    private static T[][] Matrix<T>(int rows, int columns)
    {
        var m = new T[rows][];
        for (int i = 0; i < rows; i++)
        {
            m[i] = new T[columns];
        }

        return m;
    }

    private static T[][] Jagged2<T>(int rows, int columns, Func<T> make)
    {
        var m = new T[rows][];
        for (int i = 0; i < rows; i++)
        {
            m[i] = new T[columns];
            for (int j = 0; j < columns; j++)
            {
                m[i][j] = make();
            }
        }

        return m;
    }

    private static TOut[][] Map<TIn, TOut>(TIn[][] source, Func<TIn, TOut> map) => [.. source.Select(row => row.Select(map).ToArray())];

    private static TOut[][] Zip<TA, TB, TOut>(TA[][] a, TB[][] b, Func<TA, TB, TOut> map) =>
        [.. a.Select((row, i) => row.Select((x, j) => map(x, b[i][j])).ToArray())];
}
