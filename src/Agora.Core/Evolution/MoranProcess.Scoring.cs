using Agora.Core.Randomness;
using Agora.Core.Repeated;

namespace Agora.Core.Evolution;

/// <summary>Playing (or recalling, or sampling) the scheduled games and summing fitness.</summary>
public sealed partial class MoranProcess
{
    private readonly Match?[] _matches;
    private readonly bool _memoisable;
    // A dense table over (row type, column type): types are interned full names, so this is the memo keyed by names.
    private (double Score0, double Score1)[] _memo = [];
    private bool[] _memoKnown = [];
    private int _memoStride;
    private AgoraRandom _matchSeeds;

    /// <summary>Matches actually played so far.</summary>
    public long MatchesPlayed { get; private set; }

    /// <summary>Scheduled games answered from the deterministic memo so far.</summary>
    public long MemoHits { get; private set; }

    private void ScoreSchedule()
    {
        foreach (MatchPair pair in _schedule)
        {
            _fitness[pair.First] = 0;
            _fitness[pair.Second] = 0;
        }

        foreach (MatchPair pair in _schedule)
        {
            ulong seed = _matchSeeds.NextUInt64();
            (double s0, double s1) = Outcome(pair.First, pair.Second, seed);
            _fitness[pair.First] += s0;
            _fitness[pair.Second] += s1;
        }
    }

    /// <summary>Both scores per turn of node i (seat 0) against node j (seat 1).</summary>
    private (double Score0, double Score1) Outcome(int i, int j, ulong seed)
    {
        if (Options.ApproximateOutcomes is { } table)
        {
            var random = new AgoraRandom(seed);
            return table.Sample(_typeNames[_typeOf[i]], _typeNames[_typeOf[j]], ref random);
        }

        bool memoise = _memoisable && !_players[i].Info.Stochastic && !_players[j].Info.Stochastic;
        int key = 0;
        if (memoise)
        {
            key = MemoSlot(_typeOf[i], _typeOf[j]);
            if (_memoKnown[key])
            {
                MemoHits++;
                return _memo[key];
            }
        }

        Match match = _matches[(i * Size) + j] ??= new Match(Options.Game, _players[i], _players[j], Options.Match);
        MatchSummary summary = match.PlayInPlace(seed);
        MatchesPlayed++;
        var outcome = (summary.Score0 / summary.Turns, summary.Score1 / summary.Turns);
        if (memoise)
        {
            _memo[key] = outcome;
            _memoKnown[key] = true;
        }

        return outcome;
    }

    private int MemoSlot(int row, int column)
    {
        if (Math.Max(row, column) >= _memoStride)
        {
            // Mutation created a new type: grow the table, keeping what is known.
            int stride = Math.Max(8, 2 * (Math.Max(row, column) + 1));
            var memo = new (double, double)[stride * stride];
            var known = new bool[stride * stride];
            for (int r = 0; r < _memoStride; r++)
            {
                Array.Copy(_memo, r * _memoStride, memo, r * stride, _memoStride);
                Array.Copy(_memoKnown, r * _memoStride, known, r * stride, _memoStride);
            }

            (_memo, _memoKnown, _memoStride) = (memo, known, stride);
        }

        return (row * _memoStride) + column;
    }

    private void ForgetMatches(int node)
    {
        for (int other = 0; other < Size; other++)
        {
            _matches[(node * Size) + other] = null;
            _matches[(other * Size) + node] = null;
        }
    }
}
