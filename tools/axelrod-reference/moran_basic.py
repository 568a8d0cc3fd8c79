"""Axelrod reference data for Agora's Moran process (issue 4).

Runs axl.MoranProcess on the 10 basic strategies until fixation for seeds 0..SEEDS-1 and prints JSON with each
seed's winner and generation count, the winners' distribution and the process CPU time (time.process_time).

Usage: AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/moran_basic.py [--mode bd|db] [--seeds 100]
The Axelrod source is github Axelrod-Python/Axelrod at commit 95052da (see README-moran.md).
"""
import argparse
import collections
import json
import os
import sys
import time

sys.path.insert(0, os.environ.get("AXELROD_SRC", "/tmp/axl"))
import axelrod as axl  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--mode", default="bd", choices=["bd", "db"])
parser.add_argument("--seeds", type=int, default=100)
parser.add_argument("--turns", type=int, default=200)
args = parser.parse_args()

runs = []
start = time.process_time()
wall = time.perf_counter()
for seed in range(args.seeds):
    players = [s() for s in axl.basic_strategies]
    mp = axl.MoranProcess(players, turns=args.turns, mode=args.mode, seed=seed)
    mp.play()
    runs.append({"seed": seed, "winner": mp.winning_strategy_name, "generations": len(mp.populations) - 1})
cpu = time.process_time() - start
wall = time.perf_counter() - wall

winners = collections.Counter(r["winner"] for r in runs)
print(json.dumps({
    "axelrod": axl.__version__,
    "command": " ".join(sys.argv),
    "mode": args.mode,
    "turns": args.turns,
    "players": [str(s()) for s in axl.basic_strategies],
    "seeds": args.seeds,
    "winners": dict(sorted(winners.items(), key=lambda kv: (-kv[1], kv[0]))),
    "total_generations": sum(r["generations"] for r in runs),
    "cpu_seconds": round(cpu, 2),
    "wall_seconds": round(wall, 2),
    "runs": runs,
}, indent=1))
