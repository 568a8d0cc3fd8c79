"""Record Axelrod's per-turn cooperation counts for every stochastic strategy Agora shares with it.

Usage (from the repository root):

    dotnet run --project src/Agora.Cli -- list strategies > /tmp/agora-strategies.txt
    /usr/bin/python3 tools/axelrod-reference/record_stochastic.py /tmp/agora-strategies.txt \
        tests/Agora.Core.Tests/Repeated/Data/axelrod-stochastic.json

For each shared stochastic strategy S (in Agora's registry order) and each opponent O in OPPONENTS it plays
MATCHES matches ``axl.Match((S, O), turns=T, seed=k)``, k = 0 … MATCHES-1, in Axelrod's default Prisoner's
Dilemma, and stores, for S (seat 0): how many of the matches it cooperated in at each turn, and the sum and the
sum of squares over matches of its total number of cooperations (for a test on the per-match totals, which are
independent across matches). T is TURNS, or LONGER_TURNS[S] for strategies whose randomness starts late.
"""

import json
import sys

from agora_names import load_axelrod, read_agora_list, shared_strategies

MATCHES = 1000
TURNS = 60
# First by Graaskamp only starts its random defections after move 56.
LONGER_TURNS = {"First by Graaskamp: 0.05": 120}
OPPONENTS = ["Cooperator", "Defector", "Alternator", "Tit For Tat", "Random: 0.5"]


def record_pair(axl, factory, opponent_factory, turns):
    player, opponent = factory(), opponent_factory()
    per_turn = [0] * turns
    total_sum = 0
    total_squares = 0
    for seed in range(MATCHES):
        plays = axl.Match((player, opponent), turns=turns, seed=seed).play()
        total = 0
        for t, (own, _) in enumerate(plays):
            if own == axl.Action.C:
                per_turn[t] += 1
                total += 1
        total_sum += total
        total_squares += total * total
    return per_turn, total_sum, total_squares


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: record_stochastic.py AGORA_LIST OUT.json")
    axl = load_axelrod()
    entries = read_agora_list(argv[1])
    everything = {name: factory for name, _, factory in shared_strategies(axl, entries)}
    missing = [name for name in OPPONENTS if name not in everything]
    if missing:
        raise SystemExit(f"opponents not shared with Agora: {missing}")
    stochastic = [(name, factory) for name, is_stochastic, factory in shared_strategies(axl, entries) if is_stochastic]
    pairs = []
    for name, factory in stochastic:
        turns = LONGER_TURNS.get(name, TURNS)
        for opponent in OPPONENTS:
            per_turn, total_sum, total_squares = record_pair(axl, factory, everything[opponent], turns)
            pairs.append({
                "player": name,
                "opponent": opponent,
                "turns": turns,
                "cooperations": per_turn,
                "total_sum": total_sum,
                "total_sum_squares": total_squares,
            })
        print(name, file=sys.stderr)
    record = {
        "source": "Axelrod 4.13.0, github Axelrod-Python/Axelrod commit 95052da",
        "command": "python3 tools/axelrod-reference/record_stochastic.py AGORA_LIST OUT (see the README there)",
        "game": "Axelrod's default Prisoner's Dilemma, R,P,S,T = 3,1,0,5",
        "matches": MATCHES,
        "seeds": f"Match(..., seed=k) for k = 0 .. {MATCHES - 1}",
        "pairs": pairs,
    }
    with open(argv[2], "w", encoding="utf-8") as out:
        out.write("{\n")
        for key in ("source", "command", "game", "matches", "seeds"):
            out.write(f"  {json.dumps(key)}: {json.dumps(record[key])},\n")
        out.write('  "pairs": [\n')
        out.write(",\n".join("    " + json.dumps(pair, separators=(",", ":")) for pair in pairs))
        out.write("\n  ]\n}\n")
    print(f"{len(stochastic)} stochastic strategies x {len(OPPONENTS)} opponents, {MATCHES} matches each -> {argv[2]}")


if __name__ == "__main__":
    main(sys.argv)
