"""Record Axelrod's Ashlock (or transitive) fingerprint of one strategy, with per-cell spread, as JSON.

Agora's fingerprint tests compare their own estimates with these recordings cell by cell, so each cell carries
the mean score per turn (Ashlock) or cooperation rate (transitive), the sample standard deviation over
repetitions, and the number of repetitions.

Source: github Axelrod-Python/Axelrod at commit 95052da (version 4.13.0); point AXELROD_SRC at an extracted copy
(default /tmp/axl). Run with a Python that has numpy, scipy, pandas, matplotlib and dask, e.g. Debian's:

    AXELROD_SRC=/tmp/axl /usr/bin/python3 tools/axelrod-reference/record_fingerprints.py \
        --strategy "Tit For Tat" --step 0.1 --turns 50 --repetitions 500 --seed 1 --out tft.json

The script also reports the CPU and wall time of Axelrod's own fingerprint call (serial, processes=None),
which docs/benchmarks/equilibria-fingerprints.md quotes.
"""

import argparse
import shlex
import json
import os
import sys
import time
import warnings

sys.path.insert(0, os.environ.get("AXELROD_SRC", "/tmp/axl"))
warnings.filterwarnings("ignore")

import axelrod as axl  # noqa: E402
import numpy as np  # noqa: E402


def strategy_by_name(name):
    for cls in axl.all_strategies:
        if cls.name == name:
            return cls
    raise SystemExit(f"unknown Axelrod strategy '{name}'")


def per_turn_scores(interactions):
    return [axl.interaction_utils.compute_final_score_per_turn(match)[0] for match in interactions]


def ashlock(cls, args):
    fp = axl.AshlockFingerprint(cls, axl.TitForTat)
    cpu, wall = time.process_time(), time.time()
    fp.fingerprint(turns=args.turns, repetitions=args.repetitions, step=args.step, seed=args.seed, progress_bar=False)
    cpu, wall = time.process_time() - cpu, time.time() - wall
    cells = []
    for index, point in enumerate(fp.points):
        scores = np.array(per_turn_scores(fp.interactions[(0, index + 1)]))
        cells.append({"x": float(point.x), "y": float(point.y), "mean": float(scores.mean()),
                      "sd": float(scores.std(ddof=1)), "n": int(len(scores))})
    return cells, cpu, wall


def transitive(cls, args):
    fp = axl.TransitiveFingerprint(cls, number_of_opponents=args.opponents)
    cpu, wall = time.process_time(), time.time()
    data = fp.fingerprint(turns=args.turns, repetitions=args.repetitions, seed=args.seed, progress_bar=False)
    cpu, wall = time.process_time() - cpu, time.time() - wall
    cells = []
    for row, opponent in enumerate(fp.opponents):
        for turn in range(data.shape[1]):
            cells.append({"p": float(opponent.p), "turn": turn, "mean": float(data[row, turn]), "n": args.repetitions})
    return cells, cpu, wall


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strategy", required=True, help="Axelrod display name, e.g. 'Tit For Tat'")
    parser.add_argument("--kind", choices=["ashlock", "transitive"], default="ashlock")
    parser.add_argument("--step", type=float, default=0.1)
    parser.add_argument("--turns", type=int, default=50)
    parser.add_argument("--repetitions", type=int, default=500)
    parser.add_argument("--opponents", type=int, default=50, help="transitive only: Random(p) opponents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    cls = strategy_by_name(args.strategy)
    cells, cpu, wall = (ashlock if args.kind == "ashlock" else transitive)(cls, args)
    record = {
        "command": "python3 tools/axelrod-reference/record_fingerprints.py " + shlex.join(sys.argv[1:]),
        "axelrod": {"version": axl.__version__, "commit": "95052da"},
        "kind": args.kind, "strategy": args.strategy, "probe": "Tit For Tat" if args.kind == "ashlock" else None,
        "step": args.step if args.kind == "ashlock" else None, "turns": args.turns,
        "repetitions": args.repetitions, "seed": args.seed,
        "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
        "cells": cells,
    }
    with open(args.out, "w") as handle:
        json.dump(record, handle, indent=1)
    print(f"{args.kind} {args.strategy}: {len(cells)} cells, {cpu:.2f} s CPU, {wall:.2f} s wall -> {args.out}")


if __name__ == "__main__":
    main()
