"""Record Axelrod's move strings for every deterministic strategy Agora shares with it, all pairs.

Usage (from the repository root):

    dotnet run --project src/Agora.Cli -- list strategies > /tmp/agora-strategies.txt
    /usr/bin/python3 tools/axelrod-reference/record_deterministic.py /tmp/agora-strategies.txt \
        tests/Agora.Core.Tests/Repeated/Data/axelrod-deterministic.json.gz

For the shared deterministic strategies s_0 … s_{n-1} (in Agora's registry order) it plays
``axl.Match((s_i, s_j), turns=TURNS)`` for every i <= j (self-play with a second instance) in Axelrod's default
Prisoner's Dilemma (R, P, S, T = 3, 1, 0, 5) and stores both move strings. Then, for the strategies that read the
payoffs (Axelrod's ``makes_use_of`` contains "game"), it plays each of them against every shared deterministic
strategy in four other symmetric 2x2 games that Agora registers (OTHER_GAMES, as ``axl.Game(r, s, t, p)``). The
output is gzipped JSON written with a zero timestamp, so rerunning gives identical bytes.
"""

import gzip
import json
import sys

from agora_names import load_axelrod, read_agora_list, shared_strategies

TURNS = 100
# Agora game id -> (R, S, T, P), as in Agora's NormalFormGames.
OTHER_GAMES = {
    "stag-hunt": (4, 1, 3, 2),
    "chicken": (3, 2, 4, 1),
    "harmony": (4, 3, 2, 1),
    "deadlock": (2, 1, 4, 3),
}


def play(axl, first, second, game=None):
    plays = axl.Match((first(), second()), turns=TURNS, game=game).play()
    return "".join(a.name for a, _ in plays), "".join(b.name for _, b in plays)


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: record_deterministic.py AGORA_LIST OUT.json.gz")
    axl = load_axelrod()
    shared = [(name, factory) for name, stochastic, factory in shared_strategies(axl, read_agora_list(argv[1])) if not stochastic]
    matches = []
    for i, (_, first) in enumerate(shared):
        for j in range(i, len(shared)):
            matches.append([i, j, *play(axl, first, shared[j][1])])
    uses_game = [i for i, (_, factory) in enumerate(shared) if "game" in axl.Classifiers["makes_use_of"](factory())]
    other_games = {}
    for game_id, (r, s, t, p) in OTHER_GAMES.items():
        game = axl.Game(r=r, s=s, t=t, p=p)
        other_games[game_id] = [[i, j, *play(axl, shared[i][1], shared[j][1], game)] for i in uses_game for j in range(len(shared))]
    record = {
        "source": "Axelrod 4.13.0, github Axelrod-Python/Axelrod commit 95052da",
        "command": "python3 tools/axelrod-reference/record_deterministic.py AGORA_LIST OUT (see the README there)",
        "game": "Axelrod's default Prisoner's Dilemma, R,P,S,T = 3,1,0,5",
        "turns": TURNS,
        "strategies": [name for name, _ in shared],
        "matches": matches,
        "other_games_rstp": OTHER_GAMES,
        "other_games": other_games,
    }
    text = json.dumps(record, separators=(",", ":")).encode("utf-8")
    with open(argv[2], "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(text)
    print(f"{len(shared)} deterministic strategies, {len(matches)} matches of {TURNS} turns; "
          f"{len(uses_game)} use the game: {sum(len(m) for m in other_games.values())} matches in other games -> {argv[2]}")


if __name__ == "__main__":
    main(sys.argv)
