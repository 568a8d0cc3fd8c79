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

With ``--deterministic`` it records the shared *deterministic* strategies instead, in the stochastic settings of
DETERMINISTIC_SETTINGS (against Random: 0.5, and against Tit For Tat with noise 0.05), which reach the branches that
clean play against fixed opponents never does:

    /usr/bin/python3 tools/axelrod-reference/record_stochastic.py --deterministic /tmp/agora-strategies.txt \
        tests/Agora.Core.Tests/Repeated/Data/axelrod-deterministic-randomised.json
"""

import json
import sys

from agora_names import load_axelrod, read_agora_list, shared_strategies

MATCHES = 1000
TURNS = 60
# First by Graaskamp only starts its random defections after move 56.
LONGER_TURNS = {"First by Graaskamp: 0.05": 120}
OPPONENTS = ["Cooperator", "Defector", "Alternator", "Tit For Tat", "Random: 0.5"]
# (opponent, noise) for --deterministic.
DETERMINISTIC_SETTINGS = [("Random: 0.5", 0.0), ("Tit For Tat", 0.05)]


def record_pair(axl, factory, opponent_factory, turns, noise=0.0):
    player, opponent = factory(), opponent_factory()
    per_turn = [0] * turns
    total_sum = 0
    total_squares = 0
    for seed in range(MATCHES):
        plays = axl.Match((player, opponent), turns=turns, noise=noise, seed=seed).play()
        total = 0
        for t, (own, _) in enumerate(plays):
            if own == axl.Action.C:
                per_turn[t] += 1
                total += 1
        total_sum += total
        total_squares += total * total
    return per_turn, total_sum, total_squares


def main(argv):
    deterministic = "--deterministic" in argv
    argv = [a for a in argv if a != "--deterministic"]
    if len(argv) != 3:
        raise SystemExit("usage: record_stochastic.py [--deterministic] AGORA_LIST OUT.json")
    axl = load_axelrod()
    entries = read_agora_list(argv[1])
    everything = {name: factory for name, _, factory in shared_strategies(axl, entries)}
    settings = DETERMINISTIC_SETTINGS if deterministic else [(opponent, 0.0) for opponent in OPPONENTS]
    missing = [name for name, _ in settings if name not in everything]
    if missing:
        raise SystemExit(f"opponents not shared with Agora: {missing}")
    players = [(name, factory) for name, is_stochastic, factory in shared_strategies(axl, entries) if is_stochastic != deterministic]
    pairs = []
    for name, factory in players:
        turns = LONGER_TURNS.get(name, TURNS)
        for opponent, noise in settings:
            per_turn, total_sum, total_squares = record_pair(axl, factory, everything[opponent], turns, noise)
            pair = {"player": name, "opponent": opponent, "turns": turns}
            if noise:
                pair["noise"] = noise
            pair.update({"cooperations": per_turn, "total_sum": total_sum, "total_sum_squares": total_squares})
            pairs.append(pair)
        print(name, file=sys.stderr)
    record = {
        "source": "Axelrod 4.13.0, github Axelrod-Python/Axelrod commit 95052da",
        "command": "python3 tools/axelrod-reference/record_stochastic.py " + ("--deterministic " if deterministic else "")
        + "AGORA_LIST OUT (see the README there)",
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
    kind = "deterministic" if deterministic else "stochastic"
    print(f"{len(players)} {kind} strategies x {len(settings)} settings, {MATCHES} matches each -> {argv[2]}")


if __name__ == "__main__":
    main(sys.argv)
