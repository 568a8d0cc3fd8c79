"""Record Axelrod's move strings for every deterministic strategy Agora shares with it, all pairs.

Usage (from the repository root):

    dotnet run --project src/Agora.Cli -- list strategies > /tmp/agora-strategies.txt
    /usr/bin/python3 tools/axelrod-reference/record_deterministic.py /tmp/agora-strategies.txt \
        tests/Agora.Core.Tests/Repeated/Data/axelrod-deterministic.json.gz

For the shared deterministic strategies s_0 … s_{n-1} (in Agora's registry order) it plays
``axl.Match((s_i, s_j), turns=TURNS)`` for every i <= j (self-play with a second instance) in Axelrod's default
Prisoner's Dilemma (R, P, S, T = 3, 1, 0, 5) and stores both move strings. The output is gzipped JSON written
with a zero timestamp, so rerunning gives identical bytes.
"""

import gzip
import json
import sys

from agora_names import load_axelrod, read_agora_list, shared_strategies

TURNS = 100


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: record_deterministic.py AGORA_LIST OUT.json.gz")
    axl = load_axelrod()
    shared = [(name, factory) for name, stochastic, factory in shared_strategies(axl, read_agora_list(argv[1])) if not stochastic]
    matches = []
    for i, (_, first) in enumerate(shared):
        for j in range(i, len(shared)):
            players = (first(), shared[j][1]())
            plays = axl.Match(players, turns=TURNS).play()
            matches.append([i, j, "".join(a.name for a, _ in plays), "".join(b.name for _, b in plays)])
    record = {
        "source": "Axelrod 4.13.0, github Axelrod-Python/Axelrod commit 95052da",
        "command": "python3 tools/axelrod-reference/record_deterministic.py AGORA_LIST OUT (see the README there)",
        "game": "Axelrod's default Prisoner's Dilemma, R,P,S,T = 3,1,0,5",
        "turns": TURNS,
        "strategies": [name for name, _ in shared],
        "matches": matches,
    }
    text = json.dumps(record, separators=(",", ":")).encode("utf-8")
    with open(argv[2], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text)
    print(f"{len(shared)} deterministic strategies, {len(matches)} matches of {TURNS} turns -> {argv[2]}")


if __name__ == "__main__":
    main(sys.argv)
