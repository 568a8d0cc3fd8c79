"""Time an Axelrod tournament (serial, ResultSet included) and print its seed-1 ranking, for docs/benchmarks/axelrod.md.

Usage (from the repository root):
    AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/time_tournament.py first    # 15 players
    AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/time_tournament.py classic  # 30 players

Prints one JSON object: players, turns, repetitions, seed, CPU seconds (time.process_time around
Tournament(...).play(processes=None), which builds the ResultSet), wall seconds, and the ranked names.
Axelrod source: github Axelrod-Python/Axelrod at commit 95052da (see README.md here).
"""
import json
import os
import sys
import time

sys.path.insert(0, os.environ.get("AXELROD_SRC", "/tmp/axl"))
import axelrod as axl  # noqa: E402

CLASSIC = [
    axl.Cooperator, axl.Defector, axl.Random, axl.Alternator, axl.TitForTat, axl.TitFor2Tats,
    axl.TwoTitsForTat, axl.SuspiciousTitForTat, axl.Grudger, axl.WinStayLoseShift, axl.GTFT,
    axl.Gradual, axl.ZDExtort2, axl.ZDGTFT2, axl.SecondByTester, axl.Adaptive, axl.Prober,
    axl.Handshake, axl.FirstByTidemanAndChieruzzi, axl.FirstByNydegger, axl.FirstByGrofman,
    axl.FirstByShubik, axl.FirstBySteinAndRapoport, axl.FirstByDavis, axl.FirstByGraaskamp,
    axl.FirstByDowning, axl.FirstByFeld, axl.FirstByJoss, axl.FirstByTullock, axl.FirstByAnonymous,
]


def main():
    preset = sys.argv[1] if len(sys.argv) > 1 else "first"
    repetitions = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    classes = axl.axelrod_first_strategies if preset == "first" else CLASSIC
    players = [s() for s in classes]
    tournament = axl.Tournament(players, turns=200, repetitions=repetitions, seed=1)
    cpu, wall = time.process_time(), time.perf_counter()
    results = tournament.play(progress_bar=False, processes=None)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    json.dump({
        "preset": preset, "players": len(players), "turns": 200, "repetitions": repetitions, "seed": 1,
        "cpu_seconds": cpu, "wall_seconds": wall, "ranked_names": results.ranked_names,
        "median_scores": [row.Median_score for row in results.summarise()],
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
