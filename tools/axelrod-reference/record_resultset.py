"""Record Axelrod's ResultSet metrics for a small deterministic tournament, as Agora's cross-check data.

Usage (from the repository root; Debian's numpy/scipy/pandas/dask are needed):
    AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/record_resultset.py \
        > tests/Agora.Core.Tests/Tournaments/Data/axelrod-resultset-8x20x2.json

Axelrod source: github Axelrod-Python/Axelrod at commit 95052da (see README.md here).
"""
import json
import os
import sys

sys.path.insert(0, os.environ.get("AXELROD_SRC", "/tmp/axl"))
import axelrod as axl  # noqa: E402

TURNS = 20
REPETITIONS = 2
PLAYERS = [
    axl.Cooperator(), axl.Defector(), axl.Alternator(), axl.TitForTat(),
    axl.Grudger(), axl.WinStayLoseShift(), axl.FirstByNydegger(), axl.Gradual(),
]
STATES = [("C", "C"), ("C", "D"), ("D", "C"), ("D", "D")]


def state_key(state):
    return "".join(str(a) for a in state)


def counters(matrix, normalise=False):
    """Nested [i][j] dicts of state -> count (keys such as 'CD')."""
    return [[{state_key(k): v for k, v in cell.items()} for cell in row] for row in matrix]


def transitions(matrix):
    """Nested [i][j] dicts of 'CD>C' -> count or probability."""
    return [[{state_key(k[0]) + ">" + str(k[1]): v for k, v in cell.items()} for cell in row] for row in matrix]


def plain(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def main():
    tournament = axl.Tournament(PLAYERS, turns=TURNS, repetitions=REPETITIONS, seed=1)
    results = tournament.play(progress_bar=False, processes=None)
    summary = [row._asdict() for row in results.summarise()]
    for row in summary:
        for key, value in row.items():
            row[key] = plain(value)
    document = {
        "axelrod_version": axl.__version__,
        "command": "AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/record_resultset.py",
        "turns": TURNS,
        "repetitions": REPETITIONS,
        "players": [str(p) for p in PLAYERS],
        "ranking": plain(results.ranking),
        "ranked_names": plain(results.ranked_names),
        "scores": plain(results.scores),
        "normalised_scores": plain(results.normalised_scores),
        "wins": plain(results.wins),
        "match_lengths": plain(results.match_lengths),
        "payoffs": plain(results.payoffs),
        "payoff_matrix": plain(results.payoff_matrix),
        "payoff_stddevs": plain(results.payoff_stddevs),
        "score_diffs": plain(results.score_diffs),
        "payoff_diffs_means": plain(results.payoff_diffs_means),
        "cooperation": plain(results.cooperation),
        "normalised_cooperation": plain(results.normalised_cooperation),
        "vengeful_cooperation": plain(results.vengeful_cooperation),
        "cooperating_rating": plain(results.cooperating_rating),
        "good_partner_matrix": plain(results.good_partner_matrix),
        "good_partner_rating": plain(results.good_partner_rating),
        "initial_cooperation_count": plain(results.initial_cooperation_count),
        "initial_cooperation_rate": plain(results.initial_cooperation_rate),
        "state_distribution": counters(results.state_distribution),
        "normalised_state_distribution": counters(results.normalised_state_distribution),
        "state_to_action_distribution": transitions(results.state_to_action_distribution),
        "normalised_state_to_action_distribution": transitions(results.normalised_state_to_action_distribution),
        "eigenjesus_rating": plain(results.eigenjesus_rating),
        "eigenmoses_rating": plain(results.eigenmoses_rating),
        "summary": summary,
    }
    json.dump(document, sys.stdout, indent=1, default=plain)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
